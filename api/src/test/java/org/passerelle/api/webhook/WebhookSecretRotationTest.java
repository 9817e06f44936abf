package org.passerelle.api.webhook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A rotated secret signs at once; the previous one keeps signing beside it (a second signature in
 * {@code webhook-signature}) for the overlap, 24 h by default, so that the receiver switches without refusing a
 * delivery; then only the new one signs. The overlap's end is moved into the past in the database rather than
 * waited for.
 */
@QuarkusTest
class WebhookSecretRotationTest {

    @Inject
    AgroalDataSource dataSource;

    PartnerReceiver hooks;
    String org;

    @BeforeEach
    void organisationAndReceiver() throws Exception {
        hooks = new PartnerReceiver("hooks-rotate");
        org = hooks.org;
    }

    @AfterEach
    void stopReceiver() {
        hooks.close();
    }

    @Test
    void both_secrets_sign_during_the_overlap_then_only_the_new_one() throws Exception {
        JsonPath created = hooks.subscribe();
        String webhook = created.getString("webhook.id");
        String old = created.getString("secret");

        JsonPath rotated = as(admin(org)).header("If-Match", "\"0\"")
                .post("/api/v1/orgs/{org}/webhooks/{id}/rotate-secret", org, webhook).then().statusCode(200)
                .header("ETag", "\"1\"").extract().jsonPath();
        String fresh = rotated.getString("secret");
        assertTrue(fresh.startsWith("whsec_"), fresh);
        assertNotEquals(old, fresh);
        Instant overlapEnds = Instant.parse(rotated.getString("webhook.previousSecretExpiresAt"));
        Instant inADay = Instant.now().plus(Duration.ofHours(24));
        assertTrue(Duration.between(overlapEnds, inADay).abs().toMinutes() < 2, overlapEnds.toString());
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}", org, webhook).then().statusCode(200)
                .body("secret", nullValue()).body("previousSecretExpiresAt", equalTo(overlapEnds.toString()));

        Fixtures.member(org, "Mairie d'Ondres");
        WebhookReceiver.Received during = hooks.receiver.awaitAccepted(1).get(0);
        assertEquals(2, during.signature().split(" ").length, during.signature());
        assertDoesNotThrow(() -> new Webhook(old).verify(during.body(), during.headers()));
        assertDoesNotThrow(() -> new Webhook(fresh).verify(during.body(), during.headers()));

        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update webhook_subscriptions set previous_secret_expires_at = now() - interval '1 second' where id = ?")) {
            s.setObject(1, UUID.fromString(webhook));
            assertEquals(1, s.executeUpdate());
        }
        Fixtures.member(org, "Mairie de Tarnos");
        WebhookReceiver.Received after = hooks.receiver.awaitAccepted(2).get(1);
        assertEquals(1, after.signature().split(" ").length, after.signature());
        assertDoesNotThrow(() -> new Webhook(fresh).verify(after.body(), after.headers()));
        assertThrows(WebhookVerificationException.class, () -> new Webhook(old).verify(after.body(), after.headers()));
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}", org, webhook).then().statusCode(200)
                .body("previousSecretExpiresAt", nullValue());
    }

    @Test
    void a_leaked_secret_is_revoked_at_once_with_no_overlap() {
        JsonPath created = hooks.subscribe();
        String webhook = created.getString("webhook.id");
        String leaked = created.getString("secret");
        String fresh = as(admin(org)).header("If-Match", "\"0\"").body(Map.of("overlap", "PT0S"))
                .post("/api/v1/orgs/{org}/webhooks/{id}/rotate-secret", org, webhook).then().statusCode(200)
                .body("webhook.previousSecretExpiresAt", nullValue()).extract().path("secret");

        Fixtures.member(org, "Mairie de Saint-Martin-de-Seignanx");
        WebhookReceiver.Received delivery = hooks.receiver.awaitAccepted(1).get(0);
        assertEquals(1, delivery.signature().split(" ").length, delivery.signature());
        assertDoesNotThrow(() -> new Webhook(fresh).verify(delivery.body(), delivery.headers()));
        assertThrows(WebhookVerificationException.class,
                () -> new Webhook(leaked).verify(delivery.body(), delivery.headers()));
    }

    @Test
    void a_rotation_needs_the_current_version_and_a_bounded_overlap_and_otherwise_changes_nothing() {
        String webhook = hooks.subscribe().getString("webhook.id");
        String path = "/api/v1/orgs/{org}/webhooks/{id}/rotate-secret";
        as(admin(org)).post(path, org, webhook).then().statusCode(428);
        as(admin(org)).header("If-Match", "\"7\"").post(path, org, webhook).then().statusCode(412);
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("overlap", "P8D")).post(path, org, webhook)
                .then().statusCode(400).body("errors[0].field", equalTo("overlap"));
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("overlap", "-PT1H")).post(path, org, webhook)
                .then().statusCode(400).body("errors[0].field", equalTo("overlap"));
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("overlap", "tomorrow")).post(path, org, webhook)
                .then().statusCode(400).body("detail", containsString("overlap"));
        as(admin(org)).header("If-Match", "\"0\"").post(path, org, Fixtures.unknownId()).then().statusCode(404);
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}", org, webhook).then().statusCode(200)
                .header("ETag", "\"0\"").body("previousSecretExpiresAt", nullValue());

        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("overlap", "PT2H")).post(path, org, webhook)
                .then().statusCode(200).header("ETag", "\"1\"");
        String endsAt = as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}", org, webhook).path(
                "previousSecretExpiresAt");
        long minutes = Duration.between(Instant.now(), Instant.parse(endsAt)).toMinutes();
        assertTrue(minutes > 115 && minutes <= 120, endsAt);
    }
}
