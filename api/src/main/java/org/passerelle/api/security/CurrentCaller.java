package org.passerelle.api.security;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.passerelle.core.access.AccessService;
import org.passerelle.core.access.Identity;
import org.passerelle.core.access.OrgAccess;

import io.quarkus.security.identity.SecurityIdentity;

/** The authenticated caller of this request and, per organisation, what it may do there. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity security;
    private final JsonWebToken token;
    private final SecurityConfig config;
    private final AccessService access;
    private final Map<String, OrgAccess> accessBySlug = new HashMap<>();
    private Identity identity;

    CurrentCaller(SecurityIdentity security, JsonWebToken token, SecurityConfig config, AccessService access) {
        this.security = security;
        this.token = token;
        this.config = config;
        this.access = access;
    }

    public Identity identity() {
        if (identity == null) {
            String email = token.getClaim("email");
            boolean verified = "true".equals(String.valueOf((Object) token.getClaim("email_verified")));
            identity = new Identity(token.getSubject(), email, verified || !config.requireVerifiedEmail(),
                    token.getClaim("name"), clientOfClientCredentials(),
                    security.hasRole(config.platformAdminRole()));
        }
        return identity;
    }

    /** Access to organisation {@code slug}: 404 when the caller does not belong to it. */
    public OrgAccess in(String slug) {
        return accessBySlug.computeIfAbsent(slug, s -> access.accessTo(s, identity()));
    }

    /**
     * The client a client-credentials token was issued to, or null for a token that speaks for an end user:
     * only such tokens may act as a partner, whatever claim names the client. A client-credentials token has no end
     * user as subject: the subject is the client itself (RFC 9068) or the provider's service account for it
     * (Keycloak: {@code preferred_username} {@code service-account-<client>}).
     */
    private String clientOfClientCredentials() {
        String clientId = claimAsString(config.clientIdClaim());
        if (clientId == null) {
            return null;
        }
        boolean serviceAccount = clientId.equals(token.getSubject())
                || ("service-account-" + clientId).equals(claimAsString("preferred_username"));
        return serviceAccount ? clientId : null;
    }

    private String claimAsString(String claim) {
        Object value = token.getClaim(claim);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
