package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CannedRepliesTest {

    static final String REPLIES = "/api/v1/orgs/{org}/canned-replies";
    static final String BODY = "Bonjour {{requester}},\nPour la demande {{reference}}, pouvez-vous nous envoyer une"
            + " capture d'écran ?\n{{agent}}, {{inconnu}}";

    Desk desk;

    @BeforeEach
    void desk() {
        desk = new Desk();
    }

    @Test
    void admins_manage_every_reply_and_agents_their_teams() {
        String orgWide = create(admin(desk.org), "Accusé de réception", null, 201);
        String team = create(desk.agent, "Capture d'écran", desk.logiciels, 201);
        create(desk.agent, "Réponse de l'organisation", null, 403);
        create(desk.agent, "Réponse d'une autre équipe", desk.materiels, 403);
        create(desk.agent2, "Sans équipe", desk.logiciels, 403);
        create(admin(desk.org), "Équipe inconnue", org.passerelle.api.support.Fixtures.unknownId(), 422);

        as(desk.agent2).get(REPLIES, desk.org).then().statusCode(200).body("items.id", hasItem(orgWide));
        as(desk.requester).get(REPLIES, desk.org).then().statusCode(403);
        as(desk.agent).header("If-Match", etag(orgWide)).body(Map.of("title", "Modifiée", "body", "x"))
                .put(REPLIES + "/{id}", desk.org, orgWide).then().statusCode(403);
        as(desk.agent).header("If-Match", etag(team)).body(Map.of("title", "Capture, svp", "body", BODY,
                "teamId", desk.logiciels)).put(REPLIES + "/{id}", desk.org, team).then().statusCode(200)
                .body("title", equalTo("Capture, svp"), "version", equalTo(1));
        as(desk.agent2).header("If-Match", etag(team)).delete(REPLIES + "/{id}", desk.org, team).then()
                .statusCode(403);
        as(admin(desk.org)).header("If-Match", etag(team)).delete(REPLIES + "/{id}", desk.org, team).then()
                .statusCode(204);
        as(desk.agent).get(REPLIES + "/{id}", desk.org, team).then().statusCode(404);
    }

    @Test
    void applying_a_reply_posts_it_with_its_placeholders_filled_and_counts_the_use() {
        String reply = create(desk.agent, "Capture d'écran", desk.logiciels, 201);
        String ticket = desk.ticket(desk.requester, "Erreur à l'export");
        String reference = as(desk.agent).get("/api/v1/orgs/{org}/tickets/{t}", desk.org, ticket).path("reference");
        String expected = "Bonjour Person " + desk.requester + ",\nPour la demande " + reference
                + ", pouvez-vous nous envoyer une capture d'écran ?\nAgent, {{inconnu}}";
        as(desk.agent).body(Map.of("ticketId", ticket)).post(REPLIES + "/{id}/apply", desk.org, reply).then()
                .statusCode(200).body("body", equalTo(expected), "internal", equalTo(false));
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{t}/comments", desk.org, ticket).then()
                .body("items.body", contains(expected));
        as(desk.agent2).body(Map.of("ticketId", desk.ticket(desk.colleague, "Autre")))
                .post(REPLIES + "/{id}/apply", desk.org, reply).then().statusCode(200);
        as(desk.agent).get(REPLIES + "/{id}", desk.org, reply).then().body("usageCount", equalTo(2));
        as(desk.requester).body(Map.of("ticketId", ticket)).post(REPLIES + "/{id}/apply", desk.org, reply).then()
                .statusCode(403);
        as(desk.agent).body(Map.of("ticketId", org.passerelle.api.support.Fixtures.unknownId()))
                .post(REPLIES + "/{id}/apply", desk.org, reply).then().statusCode(404);
        as(desk.agent).get(REPLIES + "/{id}", desk.org, reply).then().body("usageCount", equalTo(2));
    }

    private String create(String who, String title, String teamId, int status) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "body", BODY));
        if (teamId != null) {
            body.put("teamId", teamId);
        }
        var r = as(who).body(body).post(REPLIES, desk.org);
        r.then().statusCode(status);
        return status == 201 ? r.path("id") : null;
    }

    private String etag(String id) {
        return as(admin(desk.org)).get(REPLIES + "/{id}", desk.org, id).then().statusCode(200).extract()
                .header("ETag");
    }
}
