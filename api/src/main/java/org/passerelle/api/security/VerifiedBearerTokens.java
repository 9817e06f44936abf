package org.passerelle.api.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens already verified, with the identity they gave, kept until the token expires. A client sends the
 * same access token with each request for the token's whole life, and checking it again gives the same answer:
 * the signature and the claims are checked here, with no call to the provider, and expiry is the only check that
 * changes over time, so no entry outlives its token. Verifying it each time cost about a quarter of the Java time
 * of reading a ticket (bench/README.md).
 * <p>
 * The key is the token's exact text: other bytes, a forged signature among them, go to OIDC's own mechanism, which
 * this one wraps. The identity is kept without the request it was made for (its routing context), which each
 * request gets back as its own.
 */
@ApplicationScoped
public class VerifiedBearerTokens implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    /** Attributes of an identity that belong to the request that authenticated it, not to the token. */
    private static final Set<String> OF_THE_REQUEST = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());

    private final OidcAuthenticationMechanism oidc;
    private final Cache<String, Verified> verified;

    /** An identity and the instant its token expires. */
    private record Verified(SecurityIdentity identity, Instant expires) {
    }

    VerifiedBearerTokens(OidcAuthenticationMechanism oidc,
            @ConfigProperty(name = "passerelle.security.verified-tokens", defaultValue = "10000") int maxTokens) {
        this.oidc = oidc;
        this.verified = Caffeine.newBuilder().maximumSize(maxTokens)
                .expireAfter(Expiry.creating((String token, Verified v) -> Duration.between(Instant.now(), v.expires())))
                .build();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearer(context);
        if (token == null) {
            return Uni.createFrom().nullItem(); // OIDC's own mechanism, tried next, decides
        }
        Verified known = verified.getIfPresent(token);
        if (known != null && Instant.now().isBefore(known.expires())) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known.identity())
                    .addAttribute(RoutingContext.class.getName(), context).build());
        }
        return oidc.authenticate(context, identityProviderManager).invoke(identity -> remember(token, identity));
    }

    /** Whether the exact token {@code token} is held as verified (tests). */
    boolean holds(String token) {
        return verified.getIfPresent(token) != null;
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (Instant.now().isBefore(expires)) {
            verified.put(token, new Verified(withoutRequest(identity), expires));
        }
    }

    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles()).addCredentials(identity.getCredentials());
        for (Map.Entry<String, Object> a : identity.getAttributes().entrySet()) {
            if (!OF_THE_REQUEST.contains(a.getKey())) {
                kept.addAttribute(a.getKey(), a.getValue());
            }
        }
        return kept.build();
    }

    private static String bearer(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip()
                : null;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    /** Before OIDC's own mechanism, which it calls for the tokens it does not hold. */
    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }
}
