package org.passerelle.api.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the OIDC Dev Service (password grant; any password). Users are identified by
 * email; their roles in organisations come from Passerelle's database, not from the token.
 */
public final class Tokens {

    public static final String PLATFORM_ADMIN = "root@passerelle.test";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        return CACHE.computeIfAbsent(username, u -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", clientId())
                .formParam("username", u)
                .formParam("password", "any")
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** A client-credentials token, as a partner system obtains it (its subject is the client id). */
    public static String ofClient() {
        return given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId())
                .formParam("client_secret", ConfigProvider.getConfig().getValue("quarkus.oidc.credentials.secret",
                        String.class))
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public static String clientId() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.client-id", String.class)
                .orElse("quarkus-app");
    }

    private static String tokenEndpoint() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class) + "/token";
    }
}
