package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may run which ticket action (docs/ticketing.md, "Who may do what"): staff work tickets; a requester acts on
 * its structure's tickets only (cancel before work starts, close, reopen, rate; approve if it is the structure's
 * administrative contact) and resumes a waiting ticket only by answering; a partner files and follows tickets but
 * takes no workflow action. What the caller may not see answers 404 like a random id, before any state rule.
 */
@QuarkusTest
class TicketActionRulesTest {

    static final String TICKET = "/api/v1/orgs/{org}/tickets/{id}";

    Desk desk;
    String partnerToken;

    @BeforeEach
    void desk() {
        desk = new Desk();
        as(admin(desk.org)).body(Map.of("clientId", Tokens.clientId(), "name", "Portail partenaire",
                "roles", List.of("partner"))).post("/api/v1/orgs/{org}/api-clients", desk.org).then().statusCode(201);
        partnerToken = Tokens.ofClient();
    }

    RequestSpecification partner() {
        return RestAssured.given().auth().oauth2(partnerToken).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Every action with a valid body (the ids in bodies are valid ones of the desk). */
    Map<String, Object> actions(String otherTicket) {
        Map<String, Object> actions = new LinkedHashMap<>();
        actions.put("approve", null);
        actions.put("take", null);
        actions.put("assign", Map.of("assigneeId", desk.agentId));
        actions.put("wait", null);
        actions.put("resume", null);
        actions.put("resolve", null);
        actions.put("close", null);
        actions.put("reopen", null);
        actions.put("cancel", null);
        actions.put("escalate", null);
        actions.put("recategorise", Map.of("categoryId", desk.maintenanceCategory));
        actions.put("rate", Map.of("score", 4));
        actions.put("merge", Map.of("originalId", otherTicket));
        return actions;
    }

    /** Runs an action with the ticket's current ETag (read by an agent) and expects {@code status}. */
    Response act(RequestSpecification who, String ticket, String action, Object body, int status) {
        String etag = as(desk.agent).get(TICKET, desk.org, ticket).then().statusCode(200).extract().header("ETag");
        who.header("If-Match", etag);
        if (body != null) {
            who.body(body);
        }
        Response r = who.post(TICKET + "/" + action, desk.org, ticket);
        r.then().statusCode(status);
        return r;
    }

    void statusIs(String ticket, String status) {
        as(desk.agent).get(TICKET, desk.org, ticket).then().body("status", equalTo(status));
    }

    @Test
    void a_partner_files_and_follows_tickets_but_takes_no_workflow_action() {
        String id = desk.ticket(desk.requester, "Mandat bloqué");
        String other = desk.ticket(desk.requester, "Autre demande");
        // What the docs grant a partner: filing for a structure, reading, public comments and files.
        partner().body(Map.of("title", "Depuis l'ERP", "description", "x", "memberId", desk.soustons,
                "categoryId", desk.kailaCategory)).post("/api/v1/orgs/{org}/tickets", desk.org).then().statusCode(201);
        partner().get(TICKET, desk.org, id).then().statusCode(200);
        partner().body(Map.of("body", "Information de l'ERP")).post(TICKET + "/comments", desk.org, id).then()
                .statusCode(201);
        partner().body(Map.of("body", "note", "internal", true)).post(TICKET + "/comments", desk.org, id).then()
                .statusCode(403);
        RestAssured.given().auth().oauth2(partnerToken).contentType("text/plain").queryParam("internal", true)
                .body("x".getBytes(StandardCharsets.UTF_8)).post(TICKET + "/attachments", desk.org, id).then()
                .statusCode(403);

        // No workflow action: 403 on a ticket it sees, whatever its status, and nothing changes.
        act(partner(), id, "cancel", null, 403);
        actions(other).forEach((action, body) -> act(partner(), id, action, body, 403));
        statusIs(id, "NEW");
        partner().body(Map.of("otherId", other, "kind", "RELATED")).post(TICKET + "/links", desk.org, id).then()
                .statusCode(403);

        desk.act(desk.agent, id, "take", null, 200);
        desk.act(desk.agent, id, "wait", null, 200);
        act(partner(), id, "resume", null, 403);
        act(partner(), id, "cancel", null, 403);
        // A partner's comment is not the requester's answer: the ticket keeps waiting.
        partner().body(Map.of("body", "Relance automatique")).post(TICKET + "/comments", desk.org, id).then()
                .statusCode(201);
        statusIs(id, "WAITING");
        as(desk.agent).get(TICKET + "/history", desk.org, id).then().body("items.action", not(hasItem("resumed")));

        desk.act(desk.agent, id, "resume", null, 200).then().body("status", equalTo("IN_PROGRESS"));
        desk.act(desk.agent, id, "resolve", null, 200);
        for (String action : List.of("close", "reopen", "rate", "cancel")) {
            act(partner(), id, action, actions(other).get(action), 403);
        }
        statusIs(id, "RESOLVED");
        as(desk.agent).get(TICKET + "/history", desk.org, id).then()
                .body("items.findAll { it.actor != 'person' }.action", equalTo(List.of("commented", "commented")));

        // An unknown ticket is 404, as for everyone.
        partner().header("If-Match", "\"0\"").post(TICKET + "/cancel", desk.org, Fixtures.unknownId()).then()
                .statusCode(404);
    }

    @Test
    void a_requester_resumes_a_waiting_ticket_only_by_answering() {
        String id = desk.ticket(desk.requester, "Écran noir");
        desk.act(desk.agent, id, "take", null, 200);
        desk.act(desk.agent, id, "wait", null, 200);
        desk.act(desk.requester, id, "resume", null, 403);
        desk.act(desk.colleague, id, "resume", null, 403);
        statusIs(id, "WAITING");
        // Answering is the requester's way back: the clock runs again.
        as(desk.requester).body(Map.of("body", "Voici la capture.")).post(TICKET + "/comments", desk.org, id).then()
                .statusCode(201);
        as(desk.agent).get(TICKET, desk.org, id).then().body("status", equalTo("IN_PROGRESS"));
        as(desk.agent).get(TICKET + "/history", desk.org, id).then().body("items.action", hasItem("resumed"));
    }

    @Test
    void a_requester_works_no_ticket_and_acts_on_its_structures_tickets_only() {
        String id = desk.ticket(desk.requester, "Question");
        String other = desk.ticket(desk.requester, "Autre question");
        for (String action : List.of("take", "assign", "wait", "resume", "resolve", "escalate", "recategorise",
                "merge")) {
            act(as(desk.requester), id, action, actions(other).get(action), 403);
        }
        as(desk.requester).body(Map.of("otherId", other, "kind", "RELATED")).post(TICKET + "/links", desk.org, id)
                .then().statusCode(403);
        statusIs(id, "NEW");
        // Cancel before work starts only; a state rule, so 409 on a ticket it sees.
        desk.act(desk.agent, other, "take", null, 200);
        desk.act(desk.requester, other, "cancel", null, 409);
        desk.act(desk.requester, id, "cancel", null, 200).then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void another_structures_ticket_answers_404_like_a_random_id_before_any_state_rule() {
        String capbreton = desk.ticket(desk.requester, "Imprimante");
        String original = desk.ticket(desk.requester, "Imprimante (original)");
        desk.act(desk.agent, capbreton, "take", null, 200);
        desk.act(desk.agent, capbreton, "resolve", null, 200);
        String learner = Fixtures.user("learner", desk.org);
        Fixtures.person(desk.org, admin(desk.org), learner, List.of("learner"), null);
        String outsider = Fixtures.admin(Fixtures.organisation("other-desk"));
        // Most actions would be 409 on a resolved ticket; a caller that may not see it must not learn it.
        for (String who : List.of(desk.otherRequester, learner, outsider)) {
            for (Map.Entry<String, Object> a : actions(original).entrySet()) {
                for (String ticket : List.of(capbreton, Fixtures.unknownId())) {
                    var request = as(who).header("If-Match", "\"2\"");
                    if (a.getValue() != null) {
                        request.body(a.getValue());
                    }
                    request.post(TICKET + "/" + a.getKey(), desk.org, ticket).then().statusCode(404);
                }
            }
            for (String ticket : List.of(capbreton, Fixtures.unknownId())) {
                as(who).get(TICKET, desk.org, ticket).then().statusCode(404);
                for (String list : List.of("comments", "history", "attachments", "links")) {
                    as(who).get(TICKET + "/" + list, desk.org, ticket).then().statusCode(404);
                }
                as(who).body(Map.of("body", "x")).post(TICKET + "/comments", desk.org, ticket).then().statusCode(404);
                as(who).body(Map.of("otherId", original, "kind", "RELATED")).post(TICKET + "/links", desk.org, ticket)
                        .then().statusCode(404);
                RestAssured.given().auth().oauth2(Tokens.of(who)).contentType("text/plain").body("x")
                        .post(TICKET + "/attachments", desk.org, ticket).then().statusCode(404);
            }
        }
        statusIs(capbreton, "RESOLVED");
    }

    @Test
    void a_purchase_order_is_approved_by_its_structures_contact_or_an_admin_and_rated_by_its_structure() {
        Map<String, Object> order = Map.of("type", "PURCHASE_ORDER", "title", "Portables", "description", "École",
                "categoryId", desk.kailaCategory, "orderLines", List.of(Map.of("item", "Portable", "quantity", 2)));
        String first = as(desk.requester).body(order).post("/api/v1/orgs/{org}/tickets", desk.org).then()
                .statusCode(201).extract().path("id");
        String second = as(desk.requester).body(order).post("/api/v1/orgs/{org}/tickets", desk.org).then()
                .statusCode(201).extract().path("id");
        desk.act(desk.requester, first, "approve", null, 403);
        desk.act(desk.agent, first, "approve", null, 403);
        act(partner(), first, "approve", null, 403);
        desk.act(desk.otherRequester, first, "approve", null, 404);
        desk.act(desk.colleague, first, "approve", null, 200).then().body("status", equalTo("NEW"));
        desk.act(admin(desk.org), second, "approve", null, 200).then().body("status", equalTo("NEW"));
        desk.act(desk.colleague, first, "approve", null, 409);

        desk.act(desk.agent, first, "take", null, 200);
        desk.act(desk.agent, first, "resolve", null, 200);
        desk.act(desk.agent, first, "rate", Map.of("score", 5), 403);
        desk.act(admin(desk.org), first, "rate", Map.of("score", 5), 403);
        desk.act(desk.otherRequester, first, "rate", Map.of("score", 5), 404);
        desk.act(desk.colleague, first, "rate", Map.of("score", 4), 200).then().body("satisfactionScore", equalTo(4));
    }
}
