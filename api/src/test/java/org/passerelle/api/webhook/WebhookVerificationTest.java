package org.passerelle.api.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
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
 * A partner's receiver verifies real deliveries with the official Standard Webhooks library and its secret as
 * given: the key is the secret's base64-decoded bytes. A subscription registered before that rule keeps its old
 * key (the secret's text) until its secret is rotated.
 */
@QuarkusTest
class WebhookVerificationTest {

    @Inject
    AgroalDataSource dataSource;

    PartnerReceiver hooks;
    String org;

    @BeforeEach
    void organisationAndReceiver() throws Exception {
        hooks = new PartnerReceiver("hooks-verify");
        org = hooks.org;
    }

    @AfterEach
    void stopReceiver() {
        hooks.close();
    }

    @Test
    void the_official_library_verifies_each_delivery_and_refuses_a_tampered_one() throws Exception {
        JsonPath created = hooks.subscribe();
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        Fixtures.member(org, "Mairie de Labenne");

        WebhookReceiver.Received delivery = hooks.receiver.awaitAccepted(1).get(0);
        assertEquals("member.created", delivery.type());
        assertEquals(1, delivery.signature().split(" ").length, delivery.signature());
        Webhook partner = new Webhook(secret);
        assertDoesNotThrow(() -> partner.verify(delivery.body(), delivery.headers()));

        String tampered = delivery.body().replace("Mairie de Labenne", "Mairie de Labenne-Océan");
        assertThrows(WebhookVerificationException.class, () -> partner.verify(tampered, delivery.headers()));
        // The former key, the secret's text, no longer signs; nor does another subscription's secret.
        assertThrows(WebhookVerificationException.class, () -> new Webhook(secret.getBytes(StandardCharsets.UTF_8))
                .verify(delivery.body(), delivery.headers()));
        assertThrows(WebhookVerificationException.class, () -> new Webhook(hooks.subscribe().getString("secret"))
                .verify(delivery.body(), delivery.headers()));
    }

    @Test
    void a_subscription_registered_before_keeps_its_text_key_until_its_secret_is_rotated() throws Exception {
        String webhook = hooks.subscribe().getString("webhook.id");
        String legacySecret = "partner-chosen-secret-of-2025";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update webhook_subscriptions set secret = ?, secret_legacy = true where id = ?")) {
            s.setString(1, legacySecret);
            s.setObject(2, UUID.fromString(webhook));
            assertEquals(1, s.executeUpdate());
        }
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}", org, webhook).then().statusCode(200)
                .body("legacySecret", equalTo(true));
        Webhook legacy = new Webhook(legacySecret.getBytes(StandardCharsets.UTF_8));
        Fixtures.member(org, "Mairie de Seignosse");
        WebhookReceiver.Received before = hooks.receiver.awaitAccepted(1).get(0);
        assertDoesNotThrow(() -> legacy.verify(before.body(), before.headers()));

        String secret = as(admin(org)).header("If-Match", "\"0\"")
                .post("/api/v1/orgs/{org}/webhooks/{id}/rotate-secret", org, webhook).then().statusCode(200)
                .body("webhook.legacySecret", equalTo(false)).extract().path("secret");
        Fixtures.member(org, "Mairie de Tosse");
        WebhookReceiver.Received during = hooks.receiver.awaitAccepted(2).get(1);
        assertEquals(2, during.signature().split(" ").length, during.signature());
        assertDoesNotThrow(() -> legacy.verify(during.body(), during.headers()));
        assertDoesNotThrow(() -> new Webhook(secret).verify(during.body(), during.headers()));
    }
}
