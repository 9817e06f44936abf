package org.passerelle.api.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import com.standardwebhooks.Webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An admin asks for a {@code webhook.test} event so that the partner can check its verification: it is queued in
 * the outbox for that one subscription (202, the delivery pending), then delivered and signed like any event.
 */
@QuarkusTest
class WebhookTestEventTest {

    String org;
    WebhookReceiver receiver;
    WebhookReceiver bystander;

    @BeforeEach
    void organisationAndReceivers() throws Exception {
        org = Fixtures.organisation("hooks-test");
        receiver = new WebhookReceiver();
        bystander = new WebhookReceiver();
    }

    @AfterEach
    void stopReceivers() {
        receiver.close();
        bystander.close();
    }

    @Test
    void a_test_event_reaches_only_the_chosen_subscription_through_the_outbox() throws Exception {
        JsonPath chosen = subscribe(receiver, List.of("ticket.created"), false);
        String webhook = chosen.getString("webhook.id");
        subscribe(bystander, List.of("ticket.created"), true);

        JsonPath queued = as(admin(org)).post("/api/v1/orgs/{org}/webhooks/{id}/test", org, webhook).then()
                .statusCode(202).body("eventType", equalTo("webhook.test")).extract().jsonPath();
        assertEquals("PENDING", queued.getString("status"), "queued, not sent on the request thread");
        String delivery = queued.getString("id");

        WebhookReceiver.Received got = receiver.awaitAccepted(1).get(0);
        assertEquals("webhook.test", got.type());
        assertEquals(queued.getString("eventId"), got.id());
        assertEquals(webhook, JsonPath.from(got.body()).getString("data.webhookId"));
        assertDoesNotThrow(() -> new Webhook(chosen.getString("secret")).verify(got.body(), got.headers()));
        WebhookReceiver.await(() -> "DELIVERED".equals(as(admin(org))
                .get("/api/v1/orgs/{org}/webhooks/{id}/deliveries", org, webhook).path("items[0].status")));
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}/deliveries", org, webhook).then().statusCode(200)
                .body("items[0].id", equalTo(delivery), "items[0].eventType", equalTo("webhook.test"));

        Thread.sleep(2_500);
        assertEquals(1, receiver.all.size());
        assertEquals(0, bystander.all.size());
    }

    @Test
    void no_subscription_names_the_test_event_and_an_unknown_subscription_gets_none() {
        as(admin(org)).body(Map.of("url", receiver.url(), "eventTypes", List.of("webhook.test")))
                .post("/api/v1/orgs/{org}/webhooks", org).then().statusCode(422)
                .body("errors[0].field", equalTo("eventTypes"));
        as(admin(org)).post("/api/v1/orgs/{org}/webhooks/{id}/test", org, Fixtures.unknownId()).then()
                .statusCode(404);
    }

    private JsonPath subscribe(WebhookReceiver to, List<String> types, boolean active) {
        return as(admin(org)).body(Map.of("url", to.url(), "eventTypes", types, "active", active))
                .post("/api/v1/orgs/{org}/webhooks", org).then().statusCode(201).extract().jsonPath();
    }
}
