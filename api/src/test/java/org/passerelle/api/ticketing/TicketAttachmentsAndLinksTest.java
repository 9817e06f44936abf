package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Smtp;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class TicketAttachmentsAndLinksTest {

    Desk desk;
    String ticket;

    @BeforeEach
    void desk() {
        desk = new Desk();
        ticket = desk.ticket(desk.requester, "Erreur à l'export");
    }

    @Test
    void a_file_is_attached_and_downloaded_unchanged() {
        byte[] pdf = "%PDF-1.7 capture d'écran".getBytes(StandardCharsets.UTF_8);
        String id = RestAssured.given().auth().oauth2(Tokens.of(desk.requester)).contentType("application/pdf")
                .queryParam("filename", "capture.pdf").body(pdf)
                .post("/api/v1/orgs/{org}/tickets/{t}/attachments", desk.org, ticket).then().statusCode(201)
                .body("size", equalTo(pdf.length), "contentType", equalTo("application/pdf")).extract().path("id");
        byte[] back = RestAssured.given().auth().oauth2(Tokens.of(desk.agent))
                .get("/api/v1/orgs/{org}/tickets/{t}/attachments/{a}", desk.org, ticket, id).then().statusCode(200)
                .header("Content-Type", "application/pdf").header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertArrayEquals(pdf, back);
        as(desk.otherRequester).get("/api/v1/orgs/{org}/tickets/{t}/attachments/{a}", desk.org, ticket, id).then()
                .statusCode(404);
    }

    @Test
    void types_sizes_and_internal_files_are_controlled() {
        RestAssured.given().auth().oauth2(Tokens.of(desk.requester)).contentType("application/x-msdownload")
                .body(new byte[] { 'M', 'Z' }).post("/api/v1/orgs/{org}/tickets/{t}/attachments", desk.org, ticket)
                .then().statusCode(422).contentType("application/problem+json");
        RestAssured.given().auth().oauth2(Tokens.of(desk.requester)).contentType("application/pdf")
                .body(new byte[11 * 1024 * 1024]).post("/api/v1/orgs/{org}/tickets/{t}/attachments", desk.org, ticket)
                .then().statusCode(413).contentType("application/problem+json");
        RestAssured.given().auth().oauth2(Tokens.of(desk.requester)).contentType("text/plain").queryParam("internal", true)
                .body("x").post("/api/v1/orgs/{org}/tickets/{t}/attachments", desk.org, ticket).then().statusCode(403);
        RestAssured.given().auth().oauth2(Tokens.of(desk.agent)).contentType("text/plain").queryParam("internal", true)
                .queryParam("filename", "journal.txt").body("journal serveur")
                .post("/api/v1/orgs/{org}/tickets/{t}/attachments", desk.org, ticket).then().statusCode(201);
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{t}/attachments", desk.org, ticket).then()
                .body("items.size()", equalTo(0));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{t}/attachments", desk.org, ticket).then()
                .body("items.filename", contains("journal.txt"));
    }

    @Test
    void related_tickets_are_linked_and_a_duplicate_is_merged_keeping_its_follow_ups() {
        String duplicate = desk.ticket(desk.colleague, "Export en erreur (bis)");
        as(desk.colleague).body(Map.of("body", "Message d'erreur : code 42"))
                .post("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, duplicate).then().statusCode(201);
        String related = desk.ticket(desk.otherRequester, "Export lent à Soustons");
        as(desk.agent).body(Map.of("otherId", related, "kind", "RELATED"))
                .post("/api/v1/orgs/{org}/tickets/{id}/links", desk.org, ticket).then().statusCode(200)
                .body("items.otherId", contains(related));
        as(desk.agent).body(Map.of("otherId", related, "kind", "RELATED"))
                .post("/api/v1/orgs/{org}/tickets/{id}/links", desk.org, ticket).then().statusCode(409);
        as(desk.requester).body(Map.of("otherId", related, "kind", "RELATED"))
                .post("/api/v1/orgs/{org}/tickets/{id}/links", desk.org, ticket).then().statusCode(403);
        // The requester does not see the link to another structure's ticket.
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}/links", desk.org, ticket).then()
                .body("items.size()", equalTo(0));

        desk.act(desk.agent, duplicate, "merge", Map.of("originalId", ticket), 200).then()
                .body("status", equalTo("CLOSED"), "mergedIntoId", equalTo(ticket));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, ticket).then()
                .body("items.body", hasItem("Message d'erreur : code 42"));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}/history", desk.org, duplicate).then()
                .body("items.action", hasItems("created", "commented", "merged"));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}/history", desk.org, ticket).then()
                .body("items.action", hasItem("merged-in"));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}/links", desk.org, ticket).then()
                .body("items.find { it.otherId == '" + duplicate + "' }.kind", equalTo("DUPLICATE_OF"));
        Smtp.up();
        List<Smtp.Received> mails = Smtp.awaitSentTo(desk.colleague, 1, m -> m.subject().contains("fusionnée"));
        assertEquals(1, mails.size());
        desk.act(desk.agent, duplicate, "merge", Map.of("originalId", ticket), 409);
    }
}
