package org.passerelle.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.passerelle.api.support.Api.as;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * With the production settings, a person pre-registered by email is linked only by a token that says the
 * email is verified; tokens that are not signed by a trusted key, or are expired, are refused; and only a
 * client-credentials token acts as a registered partner client, even when the claim naming the client is one
 * that user tokens carry too.
 */
@QuarkusTest
@TestProfile(ProductionTokenRulesProfile.class)
class ProductionTokenRulesTest {

    @Test
    void an_unverified_email_does_not_link_and_gets_no_data() throws Exception {
        String slug = organisationWithPerson("unverified@example.org");
        String token = token("unverified-sub", "unverified@example.org", false, trustedKey(), 300);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo("unverified@example.org"), "personId", nullValue(),
                        "memberships.size()", equalTo(0));
        given().auth().oauth2(token).get("/api/v1/orgs/{org}/members", slug).then().statusCode(404);
    }

    @Test
    void a_token_without_the_claim_does_not_link_either() {
        String email = "noclaim-" + System.nanoTime() + "@example.org";
        String slug = organisationWithPerson(email);
        as(email).get("/api/v1/me").then().statusCode(200).body("personId", nullValue());
        as(email).get("/api/v1/orgs/{org}/members", slug).then().statusCode(404);
    }

    @Test
    void a_verified_email_links_once_and_for_all() throws Exception {
        String slug = organisationWithPerson("verified@example.org");
        String token = token("verified-sub", "verified@example.org", true, trustedKey(), 300);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("personId", notNullValue(), "memberships.org", contains(slug));
        given().auth().oauth2(token).get("/api/v1/orgs/{org}/members", slug).then().statusCode(200);
        // Another subject presenting the same verified email cannot take the person over.
        String impostor = token("impostor-sub", "verified@example.org", true, trustedKey(), 300);
        given().auth().oauth2(impostor).get("/api/v1/orgs/{org}/members", slug).then().statusCode(404);
    }

    @Test
    void a_token_signed_by_an_unknown_key_expired_or_for_another_audience_is_a_401() throws Exception {
        given().auth().oauth2(token("rogue", "rogue@example.org", true,
                KeyUtils.readPrivateKey("/test-keys/rogue-private-pkcs8.pem"), 300))
                .get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("late", "late@example.org", true, trustedKey(), -600))
                .get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("elsewhere", "elsewhere@example.org", true, trustedKey(), 300, "another-api"))
                .get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_user_token_of_a_client_registered_as_partner_is_not_the_partner() throws Exception {
        String slug = organisationWithPerson("owner@example.org");
        String owner = token("owner-sub", "owner@example.org", true, trustedKey(), 300);
        // An admin registers an API client under the id of the organisation's interactive (SPA) client.
        given().auth().oauth2(owner).contentType("application/json")
                .body(Map.of("clientId", "portal-spa", "name", "Portail", "roles", List.of("partner")))
                .post("/api/v1/orgs/{org}/api-clients", slug).then().statusCode(201);
        String user = signed(Jwt.issuer(ProductionTokenRulesProfile.ISSUER).audience(ProductionTokenRulesProfile.AUDIENCE)
                .subject("some-user").claim("azp", "portal-spa").claim("preferred_username", "someone"));
        given().auth().oauth2(user).get("/api/v1/orgs/{org}/tickets", slug).then().statusCode(404);
        String serviceAccount = signed(Jwt.issuer(ProductionTokenRulesProfile.ISSUER)
                .audience(ProductionTokenRulesProfile.AUDIENCE).subject("3f1c2a9e-service-account")
                .claim("azp", "portal-spa").claim("preferred_username", "service-account-portal-spa"));
        given().auth().oauth2(serviceAccount).get("/api/v1/orgs/{org}/tickets", slug).then().statusCode(200);
    }

    private static String signed(io.smallrye.jwt.build.JwtClaimsBuilder claims) throws Exception {
        Instant now = Instant.now();
        return claims.issuedAt(now).expiresAt(now.plusSeconds(300)).sign(trustedKey());
    }

    private static String organisationWithPerson(String email) {
        String slug = "verify-" + System.nanoTime();
        as(Tokens.PLATFORM_ADMIN).body(Map.of("slug", slug, "name", "Verify", "kind", "ASSOCIATION"))
                .post("/api/v1/orgs").then().statusCode(201);
        as(Tokens.PLATFORM_ADMIN).body(Map.of("email", email, "name", "Person", "roles", List.of("admin")))
                .post("/api/v1/orgs/{org}/people", slug).then().statusCode(201);
        return slug;
    }

    private static PrivateKey trustedKey() throws Exception {
        return KeyUtils.readPrivateKey("/test-keys/trusted-private-pkcs8.pem");
    }

    private static String token(String subject, String email, boolean verified, PrivateKey key, long lifetimeSeconds) {
        return token(subject, email, verified, key, lifetimeSeconds, ProductionTokenRulesProfile.AUDIENCE);
    }

    private static String token(String subject, String email, boolean verified, PrivateKey key, long lifetimeSeconds,
            String audience) {
        Instant now = Instant.now();
        return Jwt.issuer(ProductionTokenRulesProfile.ISSUER).audience(audience).subject(subject).claim("email", email)
                .claim("email_verified", verified).issuedAt(now.minusSeconds(lifetimeSeconds < 0 ? 1200 : 0))
                .expiresAt(now.plusSeconds(lifetimeSeconds)).sign(key);
    }
}
