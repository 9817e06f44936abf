package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The CSV export streams the same tickets the list shows to the same caller, with the same filters. */
@QuarkusTest
class TicketExportTest {

    @Test
    void each_caller_exports_what_it_may_see_and_formulas_are_defused() {
        Desk desk = new Desk();
        desk.act(desk.agent, desk.ticket(desk.requester, "Imprimante en panne"), "take", null, 200);
        desk.ticket(desk.requester, "=HYPERLINK(\"http://evil\";\"clic\")");
        desk.ticket(desk.otherRequester, "Paie de mars");

        String all = RestAssured.given().auth().oauth2(Tokens.of(desk.agent)).accept("text/csv")
                .get("/api/v1/orgs/{org}/tickets/export", desk.org).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = all.lines().toList();
        assertEquals(4, lines.size(), all);
        assertTrue(lines.get(0).startsWith("\uFEFFRéférence;Type;Statut;Créée le;"), lines.get(0));
        assertTrue(all.contains("Paie de mars"));
        assertTrue(all.lines().anyMatch(l -> l.contains("Imprimante en panne") && l.contains(desk.agent)),
                "the assignee's email: " + all);
        assertTrue(all.contains("\"'=HYPERLINK(\"\"http://evil\"\";\"\"clic\"\")\""), all);

        String mine = RestAssured.given().auth().oauth2(Tokens.of(desk.requester)).accept("text/csv")
                .get("/api/v1/orgs/{org}/tickets/export", desk.org).then().statusCode(200).extract().asString();
        assertEquals(3, mine.lines().count(), mine);
        assertTrue(!mine.contains("Paie de mars"));

        String filtered = RestAssured.given().auth().oauth2(Tokens.of(desk.agent)).accept("text/csv")
                .queryParam("q", "imprimantes").get("/api/v1/orgs/{org}/tickets/export", desk.org).then()
                .statusCode(200).extract().asString();
        assertEquals(2, filtered.lines().count(), filtered);

        as(desk.agent).queryParam("status", "NOPE").accept("text/csv").get("/api/v1/orgs/{org}/tickets/export", desk.org)
                .then().statusCode(400);
    }
}
