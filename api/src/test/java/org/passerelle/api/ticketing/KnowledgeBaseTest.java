package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.passerelle.api.support.Api.anonymous;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KnowledgeBaseTest {

    static final String ARTICLES = "/api/v1/orgs/{org}/articles";
    static final String PUBLIC = "/api/v1/public/orgs/{org}/articles";

    Desk desk;
    Knowledge kb;

    @BeforeEach
    void desk() {
        desk = new Desk();
        kb = new Knowledge(desk);
    }

    @Test
    void an_article_goes_from_draft_to_published_to_archived_and_keeps_its_published_texts() {
        String id = kb.draft("Mandat bloqué", "Vérifiez les crédits.", desk.kailaCategory, "MEMBERS");
        as(desk.requester).get(ARTICLES + "/{id}", desk.org, id).then().statusCode(404);
        // A draft's text is replaced, not versioned: no reader has seen it.
        kb.edit(id, "Kaila : mandat bloqué", "Vérifiez le disponible de la ligne.", desk.kailaCategory, "MEMBERS")
                .then().statusCode(200).body("currentVersion", equalTo(1), "status", equalTo("DRAFT"));
        kb.act(id, "publish", 200).then().body("status", equalTo("PUBLISHED"));
        as(desk.requester).get(ARTICLES + "/{id}", desk.org, id).then().statusCode(200)
                .body("title", equalTo("Kaila : mandat bloqué"));

        kb.edit(id, "Kaila : un mandat reste « à valider »", "Vérifiez le disponible, puis validez à nouveau.",
                desk.kailaCategory, "MEMBERS").then().statusCode(200).body("currentVersion", equalTo(2));
        as(desk.requester).get(ARTICLES + "/{id}/versions", desk.org, id).then().statusCode(200)
                .body("items.number", contains(1, 2),
                        "items.title", contains("Kaila : mandat bloqué", "Kaila : un mandat reste « à valider »"));
        as(desk.requester).get(ARTICLES + "/{id}/versions/1", desk.org, id).then().statusCode(200)
                .body("body", equalTo("Vérifiez le disponible de la ligne."));
        as(desk.requester).get(ARTICLES + "/{id}/versions/3", desk.org, id).then().statusCode(404);

        kb.act(id, "archive", 200).then().body("status", equalTo("ARCHIVED"));
        as(desk.requester).get(ARTICLES + "/{id}", desk.org, id).then().statusCode(404);
        kb.act(id, "archive", 409).then().contentType("application/problem+json");
        kb.act(id, "publish", 200);

        // Staff write; a requester does not; a stale ETag is refused.
        as(desk.requester).body(Map.of("title", "x", "body", "y", "categoryId", desk.kailaCategory,
                "visibility", "PUBLIC")).post(ARTICLES, desk.org).then().statusCode(403);
        as(desk.agent).header("If-Match", "\"0\"").body(Map.of("title", "x", "body", "y",
                "categoryId", desk.kailaCategory, "visibility", "PUBLIC")).put(ARTICLES + "/{id}", desk.org, id)
                .then().statusCode(412);
        as(desk.agent).body(Map.of("title", "x", "body", "y", "categoryId", Fixtures.unknownId(),
                "visibility", "PUBLIC")).post(ARTICLES, desk.org).then().statusCode(422);
    }

    @Test
    void each_reader_sees_the_articles_of_its_visibility() {
        String open = kb.published("Changer son mot de passe", "Menu Profil.", desk.kailaCategory, "PUBLIC");
        String members = kb.published("Clôture de l'exercice Kaila", "Étapes.", desk.kailaCategory, "MEMBERS");
        String unsubscribed = kb.published("Imprimante en panne", "Redémarrez.", desk.maintenanceCategory, "MEMBERS");
        String staff = kb.published("Procédure interne d'escalade", "N2.", desk.kailaCategory, "STAFF");
        String draft = kb.draft("Brouillon", "En cours.", desk.kailaCategory, "PUBLIC");

        as(desk.agent).get(ARTICLES, desk.org).then().statusCode(200)
                .body("items.id", containsInAnyOrder(open, members, unsubscribed, staff, draft));
        as(desk.requester).get(ARTICLES, desk.org).then().statusCode(200)
                .body("items.id", containsInAnyOrder(open, members));
        for (String hidden : new String[] { unsubscribed, staff, draft }) {
            as(desk.requester).get(ARTICLES + "/{id}", desk.org, hidden).then().statusCode(404);
        }
        anonymous().get(PUBLIC, desk.org).then().statusCode(200).body("items.id", contains(open));
        anonymous().get(PUBLIC + "/{id}", desk.org, open).then().statusCode(200);
        anonymous().get(PUBLIC + "/{id}", desk.org, members).then().statusCode(404);
        anonymous().get(ARTICLES + "/{id}", desk.org, open).then().statusCode(401);

        String other = Fixtures.organisation("kb-other");
        as(admin(other)).get(ARTICLES + "/{id}", desk.org, open).then().statusCode(404);
        as(admin(other)).get(ARTICLES + "/{id}", other, open).then().statusCode(404);
        anonymous().get(PUBLIC + "/{id}", other, open).then().statusCode(404);
    }

    @Test
    void the_search_ranks_title_matches_first_in_french() {
        String inTitle = kb.published("Imprimantes : résoudre un bourrage", "Ouvrez le capot.",
                desk.maintenanceCategory, "PUBLIC");
        // Written later, so first without a query: the ranking, not the date, puts it second.
        String inBody = kb.published("Réglages de l'accueil", "Si l'imprimante refuse, vérifiez le bac.",
                desk.maintenanceCategory, "PUBLIC");
        String backups = kb.published("Sauvegardes du serveur", "Chaque nuit.", desk.maintenanceCategory, "PUBLIC");
        as(desk.agent).get(ARTICLES, desk.org).then().body("items.id", contains(backups, inBody, inTitle));
        // French stemming: "imprimante" finds "Imprimantes".
        as(desk.agent).queryParam("q", "imprimante").get(ARTICLES, desk.org).then().statusCode(200)
                .body("items.id", contains(inTitle, inBody));
        anonymous().queryParam("q", "imprimante").get(PUBLIC, desk.org).then().statusCode(200)
                .body("items.id", contains(inTitle, inBody));
        as(desk.agent).queryParam("q", "mot absent").get(ARTICLES, desk.org).then().body("items", empty());
    }

    @Test
    void votes_count_once_per_person_and_anonymously_on_public_articles() {
        String id = kb.published("Changer son mot de passe", "Menu Profil.", desk.kailaCategory, "PUBLIC");
        as(desk.requester).body(Map.of("helpful", true)).post(ARTICLES + "/{id}/votes", desk.org, id).then()
                .statusCode(200).body("helpfulVotes", equalTo(1));
        as(desk.requester).body(Map.of("helpful", false)).post(ARTICLES + "/{id}/votes", desk.org, id).then()
                .statusCode(200).body("helpfulVotes", equalTo(0), "unhelpfulVotes", equalTo(1));
        for (int i = 0; i < 2; i++) {
            anonymous().contentType("application/json").body(Map.of("helpful", true))
                    .post(PUBLIC + "/{id}/votes", desk.org, id).then().statusCode(200);
        }
        as(desk.agent).get(ARTICLES + "/{id}", desk.org, id).then()
                .body("helpfulVotes", equalTo(2), "unhelpfulVotes", equalTo(1));
        String draft = kb.draft("Brouillon", "En cours.", desk.kailaCategory, "PUBLIC");
        as(desk.agent).body(Map.of("helpful", true)).post(ARTICLES + "/{id}/votes", desk.org, draft).then()
                .statusCode(409);
        anonymous().contentType("application/json").body(Map.of())
                .post(PUBLIC + "/{id}/votes", desk.org, id).then().statusCode(400);
    }

    @Test
    void files_of_a_public_article_are_downloaded_without_a_token() {
        String id = kb.published("Formulaire de demande d'accès", "Voir le formulaire joint.", desk.kailaCategory,
                "PUBLIC");
        byte[] pdf = "%PDF-1.7 formulaire".getBytes(StandardCharsets.UTF_8);
        String file = as(desk.agent).contentType("application/pdf").queryParam("filename", "formulaire.pdf").body(pdf)
                .post(ARTICLES + "/{id}/attachments", desk.org, id).then().statusCode(201).extract().path("id");
        as(desk.requester).contentType("text/plain").body("x").post(ARTICLES + "/{id}/attachments", desk.org, id)
                .then().statusCode(403);
        anonymous().get(PUBLIC + "/{id}/attachments", desk.org, id).then().statusCode(200)
                .body("items.filename", contains("formulaire.pdf"));
        byte[] back = io.restassured.RestAssured.given().get(PUBLIC + "/{id}/attachments/{f}", desk.org, id, file).then().statusCode(200)
                .header("Content-Type", "application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, back);
        String staff = kb.published("Interne", "N2.", desk.kailaCategory, "STAFF");
        anonymous().get(PUBLIC + "/{id}/attachments/{f}", desk.org, staff, file).then().statusCode(404);
        as(desk.requester).get(ARTICLES + "/{id}/attachments", desk.org, staff).then().statusCode(404);
    }

    @Test
    void an_agent_links_an_article_to_a_ticket() {
        String ticket = desk.ticket(desk.requester, "Mandat bloqué à la validation");
        String id = kb.published("Kaila : mandat bloqué", "Vérifiez les crédits.", desk.kailaCategory, "MEMBERS");
        String staff = kb.published("Procédure interne", "N2.", desk.kailaCategory, "STAFF");
        for (String article : new String[] { id, staff, id }) {
            as(desk.agent).body(Map.of("articleId", article))
                    .post("/api/v1/orgs/{org}/tickets/{t}/articles", desk.org, ticket).then().statusCode(200);
        }
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{t}/articles", desk.org, ticket).then()
                .body("items.id", contains(id, staff));
        // The requester sees the link to what it may read only.
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{t}/articles", desk.org, ticket).then()
                .body("items.id", contains(id));
        as(desk.requester).body(Map.of("articleId", id))
                .post("/api/v1/orgs/{org}/tickets/{t}/articles", desk.org, ticket).then().statusCode(403);
        as(desk.otherRequester).get("/api/v1/orgs/{org}/tickets/{t}/articles", desk.org, ticket).then()
                .statusCode(404);
        as(desk.agent).body(Map.of("articleId", Fixtures.unknownId()))
                .post("/api/v1/orgs/{org}/tickets/{t}/articles", desk.org, ticket).then().statusCode(422)
                .contentType("application/problem+json");
        as(desk.agent).get(ARTICLES, desk.org).then().body("items.id", hasItem(id));
    }
}
