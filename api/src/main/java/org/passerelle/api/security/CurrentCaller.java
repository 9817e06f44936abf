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
                    token.getClaim("name"), claimAsString(config.clientIdClaim()),
                    security.hasRole(config.platformAdminRole()));
        }
        return identity;
    }

    /** Access to organisation {@code slug}: 404 when the caller does not belong to it. */
    public OrgAccess in(String slug) {
        return accessBySlug.computeIfAbsent(slug, s -> access.accessTo(s, identity()));
    }

    private String claimAsString(String claim) {
        Object value = token.getClaim(claim);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
