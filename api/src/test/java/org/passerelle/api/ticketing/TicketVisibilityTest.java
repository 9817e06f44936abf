package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A requester sees its structure's tickets and their public side only; another organisation sees nothing. */
@QuarkusTest
class TicketVisibilityTest {

    Desk desk;
    String capbretonTicket;
    String soustonsTicket;

    @BeforeEach
    void tickets() {
        desk = new Desk();
        capbretonTicket = desk.ticket(desk.requester, "Imprimantes hors service à l'accueil");
        soustonsTicket = desk.ticket(desk.otherRequester, "Paie de mars");
        as(desk.agent).body(Map.of("body", "Le mot de passe administrateur est dans le coffre", "internal", true))
                .post("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, capbretonTicket).then().statusCode(201);
        as(desk.agent).body(Map.of("body", "Nous regardons la file d'impression."))
                .post("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, capbretonTicket).then().statusCode(201);
    }

    @Test
    void a_requester_never_sees_another_structures_tickets() {
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, soustonsTicket).then().statusCode(404);
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, soustonsTicket).then().statusCode(404);
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}/history", desk.org, soustonsTicket).then().statusCode(404);
        as(desk.requester).body(Map.of("body", "x")).post("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org,
                soustonsTicket).then().statusCode(404);
        as(desk.requester).get("/api/v1/orgs/{org}/tickets", desk.org).then().statusCode(200)
                .body("items.id", contains(capbretonTicket));
        as(desk.requester).queryParam("memberId", desk.soustons).get("/api/v1/orgs/{org}/tickets", desk.org).then()
                .body("items.size()", equalTo(0));
        as(desk.colleague).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, capbretonTicket).then().statusCode(200);
    }

    @Test
    void a_requester_never_sees_internal_notes_not_even_through_search() {
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, capbretonTicket).then()
                .body("items.size()", equalTo(1), "items.internal", everyItem(equalTo(false)));
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}/history", desk.org, capbretonTicket).then()
                .body("items.action", not(hasItem("internal-note")));
        as(desk.requester).queryParam("q", "coffre").get("/api/v1/orgs/{org}/tickets", desk.org).then()
                .body("items.size()", equalTo(0));
        as(desk.agent).queryParam("q", "coffre").get("/api/v1/orgs/{org}/tickets", desk.org).then()
                .body("items.id", contains(capbretonTicket));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, capbretonTicket).then()
                .body("items.size()", equalTo(2));
        as(desk.requester).body(Map.of("body", "note", "internal", true))
                .post("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, capbretonTicket).then().statusCode(403);
    }

    @Test
    void search_is_french_full_text_combined_with_filters() {
        // "imprimante" finds "Imprimantes" (French stemming); public comments are searched too.
        as(desk.requester).queryParam("q", "imprimante").get("/api/v1/orgs/{org}/tickets", desk.org).then()
                .body("items.id", contains(capbretonTicket));
        as(desk.requester).queryParam("q", "impression").get("/api/v1/orgs/{org}/tickets", desk.org).then()
                .body("items.id", contains(capbretonTicket));
        as(desk.agent).queryParam("memberId", desk.soustons).get("/api/v1/orgs/{org}/tickets", desk.org).then()
                .body("items.id", contains(soustonsTicket));
        as(desk.agent).queryParam("status", "IN_PROGRESS").get("/api/v1/orgs/{org}/tickets", desk.org).then()
                .body("items.size()", equalTo(0));
        desk.act(desk.agent, soustonsTicket, "take", null, 200);
        as(desk.agent).queryParam("mine", true).get("/api/v1/orgs/{org}/tickets", desk.org).then()
                .body("items.id", contains(soustonsTicket));
        // The agent belongs to the software team: its queue holds that team's open tickets.
        as(desk.agent).queryParam("queue", true).get("/api/v1/orgs/{org}/tickets", desk.org).then()
                .body("items.size()", equalTo(2));
        as(desk.agent2).queryParam("queue", true).get("/api/v1/orgs/{org}/tickets", desk.org).then().statusCode(422);
        as(desk.agent).queryParam("teamId", desk.logiciels).queryParam("status", "NEW").queryParam("limit", 1)
                .get("/api/v1/orgs/{org}/tickets", desk.org).then().body("items.id", contains(capbretonTicket),
                        "next", equalTo(null));
        as(desk.agent).queryParam("limit", 1).get("/api/v1/orgs/{org}/tickets", desk.org).then()
                .body("items.id", contains(soustonsTicket), "next", notNullValue());
        as(desk.agent).queryParam("status", "DONE").get("/api/v1/orgs/{org}/tickets", desk.org).then().statusCode(400);
    }

    @Test
    void a_search_pages_newest_first_and_a_requester_pages_through_its_structures_tickets_only() {
        String older = capbretonTicket;
        String newer = desk.ticket(desk.requester, "Imprimante du secrétariat bloquée");
        String otherStructure = desk.ticket(desk.otherRequester, "Imprimante de la mairie en panne");
        // Tests sort at most 2 matches (application.properties): the staff's first page (3 matches) is read by the
        // walk by creation, the next ones from the sorted matches; the cursors must chain across both.
        assertEquals(List.of(otherStructure, newer, older), searchPages(desk.agent, "imprimante"));
        assertEquals(List.of(newer, older), searchPages(desk.requester, "imprimante"));
        assertEquals(List.of(), searchPages(desk.requester, "coffre"));
        assertEquals(List.of(older), searchPages(desk.agent, "coffre"));
    }

    /** The ids a search lists, one page of one ticket at a time. */
    private List<String> searchPages(String who, String q) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(who).queryParam("q", q).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/orgs/{org}/tickets", desk.org);
            page.then().statusCode(200);
            ids.addAll(page.path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);
        return ids;
    }

    @Test
    void another_organisation_sees_nothing_and_learners_are_not_support_users() {
        String other = Fixtures.organisation("not-the-desk");
        as(admin(other)).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, capbretonTicket).then().statusCode(404);
        as(admin(other)).get("/api/v1/orgs/{org}/tickets/{id}", other, capbretonTicket).then().statusCode(404);
        as(admin(other)).get("/api/v1/orgs/{org}/tickets", other).then().body("items.size()", equalTo(0));
        String learner = Fixtures.user("learner", desk.org);
        Fixtures.person(desk.org, admin(desk.org), learner, List.of("learner"), null);
        as(learner).get("/api/v1/orgs/{org}/tickets", desk.org).then().statusCode(403);
        as(learner).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, capbretonTicket).then().statusCode(404);
    }
}
