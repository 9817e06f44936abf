package org.passerelle.api.webhook;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import com.standardwebhooks.Webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Events leave through an outbox, signed, in order per subscription, retried until the receiver recovers. */
@QuarkusTest
class WebhooksTest {

    String org;
    WebhookReceiver receiver;

    @BeforeEach
    void organisationAndReceiver() throws Exception {
        org = Fixtures.organisation("hooks");
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void events_are_delivered_signed_and_in_order() throws Exception {
        Response created = subscribe(List.of("member.created", "member.updated"));
        String secret = created.path("secret");
        String member = Fixtures.member(org, "Mairie de Soustons");
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("name", "Mairie de Soustons (40)", "kind", "COMMUNE"))
                .put("/api/v1/orgs/{org}/members/{id}", org, member).then().statusCode(200);

        await(() -> receiver.accepted().size() == 2);
        List<WebhookReceiver.Received> got = receiver.accepted();
        assertEquals(List.of("member.created", "member.updated"), got.stream().map(r -> type(r)).toList());
        Webhook verifier = new Webhook(secret);
        for (WebhookReceiver.Received r : got) {
            assertDoesNotThrow(() -> verifier.verify(r.body(), r.headers()));
            assertEquals(r.id(), JsonPath.from(r.body()).getString("id"));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(r.timestamp())) < 60);
            assertEquals(member, JsonPath.from(r.body()).getString("data.id"));
        }
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}/deliveries", org, created.path("webhook.id").toString())
                .then().statusCode(200).body("items.status", contains("DELIVERED", "DELIVERED"),
                        "items.eventType", contains("member.updated", "member.created"));
    }

    @Test
    void a_failing_receiver_gets_everything_in_order_once_it_recovers() {
        subscribe(List.of("member.created"));
        receiver.failNext(2);
        List<String> names = List.of("Mairie de Linxe", "Mairie de Mugron", "Mairie de Retjons");
        names.forEach(name -> Fixtures.member(org, name));

        await(() -> receiver.accepted().size() == 3);
        assertEquals(names, receiver.accepted().stream().map(r -> JsonPath.from(r.body()).getString("data.name")).toList());
        // The first event was tried three times with the same id; no event was accepted twice.
        assertEquals(5, receiver.all.size());
        assertEquals(3, receiver.all.stream().filter(r -> r.id().equals(receiver.all.get(0).id())).count());
        assertEquals(3, receiver.accepted().stream().map(WebhookReceiver.Received::id).distinct().count());
    }

    @Test
    void a_receiver_that_keeps_failing_gets_its_delivery_parked_then_redelivered_by_hand() {
        String webhook = subscribe(List.of("member.created")).path("webhook.id");
        receiver.failNext(1000);
        Fixtures.member(org, "Mairie d'Hagetmau");
        await(() -> deliveries(webhook).getString("items[0].status").equals("PARKED"));
        JsonPath log = deliveries(webhook);
        assertEquals(4, log.getInt("items[0].attempts"));
        assertEquals(500, log.getInt("items[0].lastStatusCode"));

        receiver.failNext(0);
        as(admin(org)).post("/api/v1/orgs/{org}/webhooks/{w}/deliveries/{d}/redeliver", org, webhook,
                log.getString("items[0].id")).then().statusCode(200).body("status", equalTo("PENDING"));
        await(() -> receiver.accepted().size() == 1);
        await(() -> deliveries(webhook).getString("items[0].status").equals("DELIVERED"));
    }

    @Test
    void nothing_is_sent_for_a_change_that_was_refused() throws Exception {
        subscribe(List.of("member.created"));
        Fixtures.member(org, Map.of("name", "A", "kind", "COMMUNE", "siret", "21400192800016"));
        as(admin(org)).body(Map.of("name", "B", "kind", "COMMUNE", "siret", "21400192800016"))
                .post("/api/v1/orgs/{org}/members", org).then().statusCode(409);
        await(() -> receiver.accepted().size() == 1);
        Thread.sleep(2_500);
        assertEquals(1, receiver.all.size());
    }

    @Test
    void another_organisations_events_never_reach_this_subscription() throws Exception {
        subscribe(List.of("member.created"));
        String other = Fixtures.organisation("hooks-other");
        Fixtures.member(other, "Mairie d'ailleurs");
        Fixtures.member(org, "Mairie d'ici");
        await(() -> receiver.accepted().size() == 1);
        Thread.sleep(2_500);
        assertEquals(List.of("Mairie d'ici"), receiver.all.stream()
                .map(r -> JsonPath.from(r.body()).getString("data.name")).toList());
    }

    @Test
    void subscriptions_are_validated_and_reserved_to_admins() {
        as(admin(org)).body(Map.of("url", receiver.url(), "eventTypes", List.of("member.exploded")))
                .post("/api/v1/orgs/{org}/webhooks", org).then().statusCode(422)
                .body("errors[0].field", equalTo("eventTypes"));
        as(admin(org)).body(Map.of("url", "ftp://files.example/hook", "eventTypes", List.of("member.created")))
                .post("/api/v1/orgs/{org}/webhooks", org).then().statusCode(422).body("errors[0].field", equalTo("url"));
        // The server makes the secret: a caller's own is refused, naming the field.
        as(admin(org)).body(Map.of("url", receiver.url(), "eventTypes", List.of("member.created"),
                "secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).post("/api/v1/orgs/{org}/webhooks", org)
                .then().statusCode(400).body("detail", containsString("secret"));
        String agent = Fixtures.user("agent", org);
        Fixtures.person(org, admin(org), agent, List.of("agent"), null);
        as(agent).get("/api/v1/orgs/{org}/webhooks", org).then().statusCode(403);
        String webhook = subscribe(List.of("member.created")).path("webhook.id");
        String other = Fixtures.organisation("hooks-intruder");
        as(admin(other)).get("/api/v1/orgs/{org}/webhooks/{id}", org, webhook).then().statusCode(404);
        as(admin(other)).get("/api/v1/orgs/{org}/webhooks/{id}", other, webhook).then().statusCode(404);
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}", org, webhook).then().statusCode(200)
                .body("secret", equalTo(null));
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/event-types", org).then().statusCode(200)
                .body("items", hasItems("member.created", "member.updated", "member.deleted"));
    }

    private Response subscribe(List<String> types) {
        Response r = as(admin(org)).body(Map.of("url", receiver.url(), "eventTypes", types))
                .post("/api/v1/orgs/{org}/webhooks", org);
        r.then().statusCode(201).body("secret", startsWith("whsec_"));
        return r;
    }

    private JsonPath deliveries(String webhook) {
        return as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}/deliveries", org, webhook).then().statusCode(200)
                .extract().jsonPath();
    }

    private static String type(WebhookReceiver.Received r) {
        return JsonPath.from(r.body()).getString("type");
    }

    private static void await(BooleanSupplier condition) {
        WebhookReceiver.await(condition);
    }
}
