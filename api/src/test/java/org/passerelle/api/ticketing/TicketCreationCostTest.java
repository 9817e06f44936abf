package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.RecordedStatements;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What filing a ticket costs the database, counted in the statements of its transaction (docs/ticketing.md,
 * "References"): a regression here slows every creation of an organisation, which all wait for its counter.
 */
@QuarkusTest
class TicketCreationCostTest {

    /** What runs under the reference's row lock, in order: the counter, then writes only. */
    private static final List<String> UNDER_THE_LOCK = List.of("insert into ticket_sequences", "insert into tickets ",
            "insert into ticket_history", "with e as (insert into outbox_events", "insert into mail_outbox");

    @Inject
    @PersistenceUnitExtension
    RecordedStatements recorded;

    @Inject
    EntityManager em;

    @Test
    void a_requester_files_in_ten_statements_five_of_them_under_the_reference_lock() {
        Desk desk = new Desk();
        as(admin(desk.org)).body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("ticket.created")))
                .post("/api/v1/orgs/{org}/webhooks", desk.org).then().statusCode(201);
        desk.ticket(desk.requester, "Premier"); // the organisation's settings, counter and cached rules exist now
        recorded.start();
        desk.ticket(desk.requester, "Second");
        List<String> creation = RecordedStatements.transactionOf(recorded.stop(), "insert into tickets ");
        String all = String.join("\n", creation);
        int counter = creation.indexOf(creation.stream().filter(s -> s.startsWith(UNDER_THE_LOCK.get(0))).findFirst()
                .orElseThrow(() -> new AssertionError("No reference taken:\n" + all)));
        // The reads: the structure, its subscriptions, the requester's address and language, the team's address.
        assertTrue(counter <= 5 && creation.subList(0, counter).stream().allMatch(s -> s.startsWith("select")),
                "Reads before the reference:\n" + all);
        List<String> underLock = creation.subList(counter, creation.size());
        assertTrue(underLock.size() == UNDER_THE_LOCK.size()
                && UNDER_THE_LOCK.stream().allMatch(p -> underLock.get(UNDER_THE_LOCK.indexOf(p)).startsWith(p)),
                "Under the reference's lock:\n" + String.join("\n", underLock));
    }

    @Test
    void a_purchase_order_writes_its_lines_in_one_statement_in_their_order() {
        Desk desk = new Desk();
        List<Map<String, Object>> lines = new java.util.ArrayList<>(List.of(
                Map.of("item", "Ordinateur portable", "quantity", 12, "estimatedUnitPrice", 289.9),
                Map.of("item", "Sacoche « 15 pouces », {grise}", "quantity", 12)));
        lines.add(Map.of("item", "Souris", "quantity", 3, "estimatedUnitPrice", 0));
        recorded.start();
        String id = as(desk.requester).body(Map.of("type", "PURCHASE_ORDER", "title", "Portables",
                "description", "Pour l'école", "categoryId", desk.kailaCategory, "orderLines", lines))
                .post("/api/v1/orgs/{org}/tickets", desk.org).then().statusCode(201).extract().path("id");
        List<String> creation = RecordedStatements.transactionOf(recorded.stop(), "insert into tickets ");
        assertEquals(1, creation.stream().filter(s -> s.startsWith("insert into ticket_order_lines")).count(),
                String.join("\n", creation));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, id).then().statusCode(200)
                .body("orderLines.item", contains("Ordinateur portable", "Sacoche « 15 pouces », {grise}", "Souris"),
                        "orderLines.quantity", contains(12, 12, 3),
                        "orderLines.estimatedUnitPrice", contains(289.9f, null, 0f));
    }

    /** The category, the settings and the mail template are kept in memory, until they change. */
    @Test
    @SuppressWarnings("unchecked")
    void a_changed_category_settings_or_mail_template_applies_to_the_next_creation() {
        Desk desk = new Desk();
        String first = desk.ticket(desk.requester, "Avant");
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, first).then()
                .body("level", equalTo("N1"), "priority", equalTo("P3"));

        String setup = "/api/v1/orgs/{org}/ticketing";
        String etag = as(admin(desk.org)).get(setup + "/categories/{id}", desk.org, desk.kailaCategory).then()
                .statusCode(200).extract().header("ETag");
        as(admin(desk.org)).header("If-Match", etag).body(Map.of("name", "Finances (AFI) Kaila", "teamId", desk.logiciels,
                "serviceId", desk.kaila, "defaultLevel", "N2")).put(setup + "/categories/{id}", desk.org, desk.kailaCategory)
                .then().statusCode(200);
        var read = as(admin(desk.org)).get(setup + "/settings", desk.org).then().statusCode(200).extract();
        Map<String, Object> settings = new HashMap<>(read.jsonPath().getMap("$"));
        settings.remove("complete");
        ((Map<String, Map<String, String>>) settings.get("priorityMatrix")).get("MEDIUM").put("MEDIUM", "P1");
        as(admin(desk.org)).header("If-Match", read.header("ETag")).body(settings).put(setup + "/settings", desk.org)
                .then().statusCode(200);
        as(admin(desk.org)).body(Map.of("source", "{#fragment id=subject rendered=false}Reçu {reference}{/fragment}"
                + "{#fragment id=body rendered=false}{title}{/fragment}"))
                .put("/api/v1/orgs/{org}/mail-templates/ticket-created/fr", desk.org).then().statusCode(200);

        String second = desk.ticket(desk.requester, "Après");
        String reference = as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, second).then()
                .body("level", equalTo("N2"), "priority", equalTo("P1")).extract().path("reference");
        assertEquals("Reçu " + reference, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select subject from mail_outbox where thread_id like ?1").setParameter(1, "<ticket-" + second + "@%")
                .getSingleResult()));
    }
}
