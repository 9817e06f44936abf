package org.passerelle.api.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the OIDC Dev Service (password grant; any password). Users are identified by
 * email; their roles in organisations come from Passerelle's database, not from the token.
 */
public final class Tokens {

    public static final String PLATFORM_ADMIN = "root@passerelle.test";
    /** The Dev Service's tokens live 5 minutes: a cached one is replaced after 4, long suites outlive them. */
    private static final Duration REUSE = Duration.ofMinutes(4);
    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();
    /** The cache's key for the client-credentials token (no username has a space). */
    private static final String CLIENT = "client credentials";

    private record Issued(String token, Instant at) {
    }

    private Tokens() {
    }

    public static String of(String username) {
        return reused(username, () -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", clientId())
                .formParam("username", username)
                .formParam("password", "any")
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** A client-credentials token, as a partner system obtains it (its subject is the client id). */
    public static String ofClient() {
        return reused(CLIENT, () -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId())
                .formParam("client_secret", ConfigProvider.getConfig().getValue("quarkus.oidc.credentials.secret",
                        String.class))
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    private static String reused(String key, Supplier<String> issue) {
        return CACHE.compute(key, (k, issued) -> issued != null && issued.at().plus(REUSE).isAfter(Instant.now())
                ? issued
                : new Issued(issue.get(), Instant.now())).token();
    }

    public static String clientId() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.client-id", String.class)
                .orElse("quarkus-app");
    }

    private static String tokenEndpoint() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class) + "/token";
    }
}
