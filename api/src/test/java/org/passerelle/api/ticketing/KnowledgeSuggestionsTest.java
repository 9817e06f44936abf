package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KnowledgeSuggestionsTest {

    static final String ARTICLES = "/api/v1/orgs/{org}/articles";

    @Test
    void a_suggestion_opened_without_filing_a_ticket_is_a_request_avoided() {
        Desk desk = new Desk();
        Knowledge kb = new Knowledge(desk);
        String mandat = kb.published("Kaila : un mandat reste bloqué à la validation",
                "Vérifiez le disponible de la ligne budgétaire.", desk.kailaCategory, "MEMBERS");
        kb.published("Kaila : éditer un bordereau", "Menu Comptabilité, puis Bordereaux.", desk.kailaCategory, "MEMBERS");
        kb.published("Procédure interne : mandat", "Réservé au support.", desk.kailaCategory, "STAFF");
        String draft = kb.draft("Mandat bloqué (brouillon)", "En cours.", desk.kailaCategory, "PUBLIC");

        // Any word of the draft title matches; published articles the requester reads only, best first.
        as(desk.requester).queryParam("title", "Mon mandat est bloqué depuis ce matin")
                .get(ARTICLES + "/suggestions", desk.org).then().statusCode(200).body("items.id", contains(mandat));
        as(desk.requester).queryParam("title", "").get(ARTICLES + "/suggestions", desk.org).then()
                .body("items", empty());
        as(desk.requester).get(ARTICLES + "/{id}", desk.org, mandat).then().statusCode(200);
        // The colleague is shown the same article, opens it, and files a ticket anyway.
        as(desk.colleague).queryParam("title", "mandat bloqué").get(ARTICLES + "/suggestions", desk.org).then()
                .body("items.id", contains(mandat));
        as(desk.colleague).get(ARTICLES + "/{id}", desk.org, mandat).then().statusCode(200);
        String ticket = desk.ticket(desk.colleague, "Mandat toujours bloqué");
        // Reading without a suggestion is a view, not a suggestion opened.
        as(desk.otherRequester).get(ARTICLES + "/{id}", desk.org, mandat).then().statusCode(200);

        // The agent resolves the ticket with the article.
        as(desk.agent).body(Map.of("articleId", mandat))
                .post("/api/v1/orgs/{org}/tickets/{t}/articles", desk.org, ticket).then().statusCode(200);
        desk.act(desk.agent, ticket, "take", null, 200);
        desk.act(desk.agent, ticket, "resolve", null, 200);
        as(desk.agent).body(Map.of("articleId", draft)).post("/api/v1/orgs/{org}/tickets/{t}/articles", desk.org,
                desk.ticket(desk.otherRequester, "Autre demande")).then().statusCode(200);

        as(desk.agent).get(ARTICLES + "/statistics", desk.org).then().statusCode(200)
                .body("views", equalTo(3), "suggestionsShown", equalTo(2), "suggestionsOpened", equalTo(2),
                        "requestsAvoided", equalTo(1), "ticketsResolvedWithArticle", equalTo(1));
        as(desk.requester).get(ARTICLES + "/statistics", desk.org).then().statusCode(403);
        as(admin(desk.org)).get("/api/v1/orgs/{org}/indicators/ticketing.knowledge.requests_avoided", desk.org)
                .then().statusCode(200).body("value", equalTo(1), "unit", equalTo("COUNT"));
    }

    @Test
    void only_those_who_may_file_a_ticket_get_suggestions() {
        Desk desk = new Desk();
        String committee = org.passerelle.api.support.Fixtures.user("committee", desk.org);
        org.passerelle.api.support.Fixtures.person(desk.org, admin(desk.org), committee, java.util.List.of("committee"),
                null);
        as(committee).queryParam("title", "mandat").get(ARTICLES + "/suggestions", desk.org).then().statusCode(403);
        as(committee).get(ARTICLES, desk.org).then().statusCode(200);
    }
}
