package org.passerelle.api.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Production's rules (link only verified emails; a partner's client named by a claim that user tokens carry too,
 * {@code azp}, so that only client-credentials tokens may act as partners), plus a second token issuer whose key the tests hold,
 * because the OIDC Dev Service issues no {@code email_verified} claim. Tokens are routed to that issuer's
 * tenant by their {@code iss}.
 */
public class ProductionTokenRulesProfile implements QuarkusTestProfile {

    public static final String ISSUER = "https://issuer.passerelle.test";
    public static final String AUDIENCE = "passerelle-api";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "passerelle.security.require-verified-email", "true",
                "passerelle.security.client-id-claim", "azp",
                "quarkus.oidc.resolve-tenants-with-issuer", "true",
                "quarkus.oidc.test-issuer.token.issuer", ISSUER,
                "quarkus.oidc.test-issuer.public-key", publicKey(),
                "quarkus.oidc.test-issuer.token.audience", AUDIENCE,
                "quarkus.oidc.test-issuer.application-type", "service",
                "quarkus.oidc.test-issuer.roles.role-claim-path", "groups");
    }

    private static String publicKey() {
        try (InputStream in = ProductionTokenRulesProfile.class.getResourceAsStream("/test-keys/trusted-public.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
