package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.hasItem;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who reads and sets the desk's categories, settings and statistics (docs/ticketing.md, "Who may do what"):
 * categories are read by everyone with a role in the organisation and managed by admins; settings are read by
 * staff and set by admins; statistics are read by staff, the committee and auditors. A platform administrator
 * who is no member of the organisation reads none of it.
 */
@QuarkusTest
class TicketingSetupAccessTest {

    static final String SETUP = "/api/v1/orgs/{org}/ticketing";

    Desk desk;
    String trainer;
    String committee;
    String auditor;

    @BeforeEach
    void desk() {
        desk = new Desk();
        trainer = Fixtures.user("trainer", desk.org);
        committee = Fixtures.user("committee", desk.org);
        auditor = Fixtures.user("auditor", desk.org);
        Fixtures.person(desk.org, admin(desk.org), trainer, List.of("trainer"), null);
        Fixtures.person(desk.org, admin(desk.org), committee, List.of("committee"), null);
        Fixtures.person(desk.org, admin(desk.org), auditor, List.of("auditor"), null);
        as(admin(desk.org)).body(Map.of("clientId", Tokens.clientId(), "name", "Portail partenaire",
                "roles", List.of("partner"))).post("/api/v1/orgs/{org}/api-clients", desk.org).then().statusCode(201);
    }

    RequestSpecification partner() {
        return RestAssured.given().auth().oauth2(Tokens.ofClient()).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    Map<String, Object> category(String name) {
        return Map.of("name", name, "teamId", desk.logiciels, "serviceId", desk.kaila, "defaultLevel", "N1");
    }

    @Test
    void categories_are_read_by_every_member_and_managed_by_admins() {
        for (String who : List.of(desk.requester, desk.agent, trainer, committee, auditor)) {
            as(who).get(SETUP + "/categories", desk.org).then().statusCode(200)
                    .body("items.id", hasItem(desk.kailaCategory));
            as(who).get(SETUP + "/categories/{id}", desk.org, desk.kailaCategory).then().statusCode(200);
        }
        partner().get(SETUP + "/categories", desk.org).then().statusCode(200);
        for (String who : List.of(desk.requester, desk.agent, trainer)) {
            as(who).body(category("Nouvelle " + who)).post(SETUP + "/categories", desk.org).then().statusCode(403);
            as(who).header("If-Match", "\"0\"").body(category("Renommée"))
                    .put(SETUP + "/categories/{id}", desk.org, desk.kailaCategory).then().statusCode(403);
            as(who).header("If-Match", "\"0\"").body(category("Renommée"))
                    .put(SETUP + "/categories/{id}", desk.org, Fixtures.unknownId()).then().statusCode(404);
        }
        partner().body(category("Depuis l'ERP")).post(SETUP + "/categories", desk.org).then().statusCode(403);
        as(admin(desk.org)).body(category("Nouvelle")).post(SETUP + "/categories", desk.org).then().statusCode(201);
    }

    @Test
    void a_platform_administrator_who_is_no_member_reads_no_category() {
        for (String id : List.of(desk.kailaCategory, Fixtures.unknownId())) {
            as(Tokens.PLATFORM_ADMIN).get(SETUP + "/categories/{id}", desk.org, id).then().statusCode(403);
            as(Tokens.PLATFORM_ADMIN).header("If-Match", "\"0\"").body(category("Renommée"))
                    .put(SETUP + "/categories/{id}", desk.org, id).then().statusCode(403);
        }
        as(Tokens.PLATFORM_ADMIN).get(SETUP + "/categories", desk.org).then().statusCode(403);
        as(Tokens.PLATFORM_ADMIN).body(category("Nouvelle")).post(SETUP + "/categories", desk.org).then()
                .statusCode(403);
        as(Tokens.PLATFORM_ADMIN).get(SETUP + "/settings", desk.org).then().statusCode(403);
        as(Tokens.PLATFORM_ADMIN).get(SETUP + "/statistics", desk.org).then().statusCode(403);
    }

    @Test
    void settings_are_read_by_staff_and_set_by_admins() {
        String etag = as(desk.agent).get(SETUP + "/settings", desk.org).then().statusCode(200).extract().header("ETag");
        Map<String, Object> settings = new java.util.HashMap<>(as(admin(desk.org)).get(SETUP + "/settings", desk.org)
                .then().statusCode(200).extract().jsonPath().getMap("$"));
        settings.remove("complete"); // computed on reads, refused on writes
        for (String who : List.of(desk.requester, trainer, committee, auditor)) {
            as(who).get(SETUP + "/settings", desk.org).then().statusCode(403);
        }
        partner().get(SETUP + "/settings", desk.org).then().statusCode(403);
        for (String who : List.of(desk.agent, desk.requester)) {
            as(who).header("If-Match", etag).body(settings).put(SETUP + "/settings", desk.org).then().statusCode(403);
        }
        as(admin(desk.org)).header("If-Match", etag).body(settings).put(SETUP + "/settings", desk.org).then()
                .statusCode(200);
    }

    @Test
    void statistics_are_read_by_staff_the_committee_and_auditors() {
        for (String who : List.of(desk.agent, admin(desk.org), committee, auditor)) {
            as(who).queryParam("year", 2024).get(SETUP + "/statistics", desk.org).then().statusCode(200);
        }
        for (String who : List.of(desk.requester, trainer)) {
            as(who).queryParam("year", 2024).get(SETUP + "/statistics", desk.org).then().statusCode(403);
            // The period is checked after the caller: a refused caller learns nothing from it.
            as(who).queryParam("from", "2024-02-01").queryParam("to", "2024-01-01")
                    .get(SETUP + "/statistics", desk.org).then().statusCode(403);
        }
        partner().queryParam("year", 2024).get(SETUP + "/statistics", desk.org).then().statusCode(403);
        as(desk.agent).queryParam("from", "2024-02-01").queryParam("to", "2024-01-01")
                .get(SETUP + "/statistics", desk.org).then().statusCode(400);
    }
}
