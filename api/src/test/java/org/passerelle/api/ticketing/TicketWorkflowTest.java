package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class TicketWorkflowTest {

    Desk desk;

    @BeforeEach
    void desk() {
        desk = new Desk();
    }

    @Test
    void a_requester_files_a_request_routed_by_its_category_with_due_dates() {
        desk.file(desk.requester, "Kaila bloqué", "Le mandat reste bloqué à la validation.").then().statusCode(201)
                .body("reference", equalTo("T-" + Year.now().getValue() + "-000001"),
                        "status", equalTo("NEW"), "type", equalTo("ASSISTANCE"),
                        "memberId", equalTo(desk.capbreton), "teamId", equalTo(desk.logiciels),
                        "serviceId", equalTo(desk.kaila), "level", equalTo("N1"), "priority", equalTo("P3"),
                        "firstResponseDueAt", notNullValue(), "resolutionDueAt", notNullValue());
    }

    @Test
    void a_creation_answers_the_instants_every_later_read_returns() {
        var created = desk.file(desk.requester, "Horodatage", "Précision des instants").then().statusCode(201)
                .extract().jsonPath();
        var read = as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, created.getString("id"))
                .then().statusCode(200).extract().jsonPath();
        for (String instant : List.of("createdAt", "updatedAt", "firstResponseDueAt", "resolutionDueAt")) {
            assertEquals(created.getString(instant), read.getString(instant), instant);
        }
    }

    @Test
    void a_category_of_a_service_the_structure_does_not_subscribe_to_is_refused_naming_it() {
        as(desk.requester).body(Map.of("title", "PC en panne", "description", "Écran noir",
                "categoryId", desk.maintenanceCategory)).post("/api/v1/orgs/{org}/tickets", desk.org)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("Maintenance hors serveurs"), "errors[0].field", equalTo("categoryId"));
        // An agent may file it on the structure's behalf.
        as(desk.agent).body(Map.of("title", "PC en panne", "description", "Écran noir", "memberId", desk.capbreton,
                "categoryId", desk.maintenanceCategory)).post("/api/v1/orgs/{org}/tickets", desk.org)
                .then().statusCode(201).body("teamId", equalTo(desk.materiels));
    }

    @Test
    void the_workflow_runs_from_new_to_closed_and_every_step_is_in_the_history() {
        String id = desk.ticket(desk.requester, "Écran bleu");
        desk.act(desk.agent, id, "take", null, 200).then().body("status", equalTo("IN_PROGRESS"),
                "assigneeId", equalTo(desk.agentId), "firstRespondedAt", notNullValue());
        desk.act(desk.agent, id, "wait", null, 200).then().body("status", equalTo("WAITING"));
        // The requester's answer resumes the ticket.
        as(desk.requester).body(Map.of("body", "Voici la capture demandée.")).post("/api/v1/orgs/{org}/tickets/{id}/comments",
                desk.org, id).then().statusCode(201);
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, id).then().body("status", equalTo("IN_PROGRESS"));
        desk.act(desk.agent, id, "resolve", null, 200).then().body("status", equalTo("RESOLVED"),
                "resolvedAt", notNullValue());
        desk.act(desk.requester, id, "rate", Map.of("score", 5, "comment", "Merci"), 200)
                .then().body("satisfactionScore", equalTo(5));
        desk.act(desk.requester, id, "rate", Map.of("score", 1), 409);
        desk.act(desk.requester, id, "close", null, 200).then().body("status", equalTo("CLOSED"));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}/history", desk.org, id).then().statusCode(200)
                .body("items.action", hasItems("created", "assigned", "taken", "waiting", "commented", "resumed",
                        "resolved", "rated", "closed"),
                        "items.find { it.action == 'taken' }.from", equalTo("NEW"),
                        "items.find { it.action == 'taken' }.to", equalTo("IN_PROGRESS"));
    }

    @Test
    void a_resolved_ticket_can_be_reopened_by_its_requester() {
        String id = desk.ticket(desk.requester, "Toujours en panne");
        desk.act(desk.agent, id, "take", null, 200);
        desk.act(desk.agent, id, "resolve", null, 200);
        desk.act(desk.requester, id, "reopen", null, 200).then().body("status", equalTo("IN_PROGRESS"),
                "resolvedAt", equalTo(null));
    }

    @Test
    void invalid_transitions_are_409_and_change_nothing() {
        String id = desk.ticket(desk.requester, "Question");
        desk.act(desk.agent, id, "resolve", null, 409).then().contentType("application/problem+json")
                .body("detail", containsString("NEW"));
        desk.act(desk.agent, id, "reopen", null, 409);
        desk.act(desk.requester, id, "take", null, 403);
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, id).then()
                .body("status", equalTo("NEW"), "version", equalTo(0));
        as(desk.agent).header("If-Match", "\"0\"").post("/api/v1/orgs/{org}/tickets/{id}/take", desk.org, id)
                .then().statusCode(200);
        as(desk.agent2).header("If-Match", "\"0\"").post("/api/v1/orgs/{org}/tickets/{id}/take", desk.org, id)
                .then().statusCode(412);
        as(desk.agent).post("/api/v1/orgs/{org}/tickets/{id}/resolve", desk.org, id).then().statusCode(428);
    }

    @Test
    void escalation_and_recategorisation_are_recorded() {
        String id = desk.ticket(desk.requester, "Mauvaise catégorie");
        desk.act(desk.agent, id, "take", null, 200);
        desk.act(desk.agent, id, "escalate", null, 200).then().body("level", equalTo("N2"));
        desk.act(desk.agent, id, "escalate", null, 409);
        desk.act(desk.agent, id, "recategorise", Map.of("categoryId", desk.maintenanceCategory), 200)
                .then().body("teamId", equalTo(desk.materiels), "categoryId", equalTo(desk.maintenanceCategory));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}/history", desk.org, id).then()
                .body("items.action", hasItems("escalated", "recategorised", "rerouted"),
                        "items.find { it.action == 'escalated' }.to", equalTo("N2"));
    }

    @Test
    void a_purchase_order_waits_for_the_approval_of_its_structures_contact() {
        as(desk.requester).body(Map.of("type", "PURCHASE_ORDER", "title", "Portables", "description", "Pour l'école",
                "categoryId", desk.kailaCategory)).post("/api/v1/orgs/{org}/tickets", desk.org)
                .then().statusCode(422).body("errors[0].field", equalTo("orderLines"));
        String id = as(desk.requester).body(Map.of("type", "PURCHASE_ORDER", "title", "Portables",
                "description", "Pour l'école", "categoryId", desk.kailaCategory, "orderLines",
                List.of(Map.of("item", "Ordinateur portable reconditionné", "quantity", 12, "estimatedUnitPrice", 289.90))))
                .post("/api/v1/orgs/{org}/tickets", desk.org).then().statusCode(201)
                .body("status", equalTo("AWAITING_APPROVAL"), "orderLines[0].quantity", equalTo(12),
                        "resolutionDueAt", equalTo(null))
                .extract().path("id");
        desk.act(desk.requester, id, "approve", null, 403);
        desk.act(desk.otherRequester, id, "approve", null, 404);
        desk.act(desk.colleague, id, "approve", null, 200).then().body("status", equalTo("NEW"),
                "resolutionDueAt", notNullValue());
    }

    @Test
    void references_stay_unique_and_gapless_under_concurrent_filing() throws Exception {
        String token = Tokens.of(desk.requester);
        List<Callable<String>> filings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String title = "Demande " + i;
            filings.add(() -> RestAssured.given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("title", title, "description", "x", "categoryId", desk.kailaCategory))
                    .post("/api/v1/orgs/{org}/tickets", desk.org).then().statusCode(201).extract().path("reference"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> references = new ArrayList<>();
        try {
            for (Future<String> f : pool.invokeAll(filings)) {
                references.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            expected.add("T-%d-%06d".formatted(Year.now().getValue(), i));
        }
        assertEquals(expected, references.stream().sorted().toList());
        references.forEach(r -> org.hamcrest.MatcherAssert.assertThat(r, matchesPattern("T-\\d{4}-\\d{6}")));
        as(admin(desk.org)).get("/api/v1/orgs/{org}/tickets?limit=50", desk.org).then().body("items.size()", equalTo(8));
    }
}
