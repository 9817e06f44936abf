package org.passerelle.api.member;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** Teams own services; members subscribe to services; "my structure's services" is one call. */
@QuarkusTest
class SubscriptionsTest {

    String org;
    String member;
    String kaila;
    String sedna;

    @BeforeEach
    void catalogue() {
        org = Fixtures.organisation("subs");
        String logiciels = Fixtures.team(org, "Pôle Service Logiciels");
        kaila = Fixtures.service(org, "FIN-KAILA", logiciels);
        sedna = Fixtures.service(org, "GRH-SEDNA", logiciels);
        member = Fixtures.member(org, "Mairie de Hagetmau");
    }

    @Test
    void the_services_a_structure_subscribes_to_are_one_call_away() {
        subscribe(kaila, "2024-01-01", null);
        subscribe(sedna, "2023-01-01", "2023-12-31");
        as(admin(org)).get("/api/v1/orgs/{org}/members/{m}/subscriptions", org, member).then().statusCode(200)
                .body("items.serviceCode", contains("GRH-SEDNA", "FIN-KAILA"),
                        "items.active", contains(false, true),
                        "items[1].serviceName", equalTo("Service FIN-KAILA"));
        as(admin(org)).queryParam("activeOn", "2023-06-01")
                .get("/api/v1/orgs/{org}/members/{m}/subscriptions", org, member)
                .then().body("items.serviceCode", contains("GRH-SEDNA"));
        as(admin(org)).queryParam("serviceId", kaila).get("/api/v1/orgs/{org}/members", org)
                .then().body("items.id", contains(member));
    }

    @Test
    void overlapping_subscriptions_to_one_service_are_refused() {
        subscribe(kaila, "2024-01-01", "2024-12-31");
        as(admin(org)).body(Map.of("serviceId", kaila, "startsOn", "2024-06-01"))
                .post("/api/v1/orgs/{org}/members/{m}/subscriptions", org, member).then().statusCode(409);
        subscribe(kaila, "2025-01-01", null);
    }

    @Test
    void dates_and_services_are_checked() {
        as(admin(org)).body(Map.of("serviceId", kaila, "startsOn", "2024-06-01", "endsOn", "2024-01-01"))
                .post("/api/v1/orgs/{org}/members/{m}/subscriptions", org, member).then().statusCode(400)
                .body("errors.field", contains("endsOnAfterStart"));
        as(admin(org)).body(Map.of("serviceId", Fixtures.unknownId(), "startsOn", "2024-06-01"))
                .post("/api/v1/orgs/{org}/members/{m}/subscriptions", org, member).then().statusCode(422)
                .body("errors.field", contains("serviceId"));
        as(admin(org)).body(Map.of("serviceId", kaila, "startsOn", "01/06/2024"))
                .post("/api/v1/orgs/{org}/members/{m}/subscriptions", org, member).then().statusCode(400)
                .body("errors.field", contains("startsOn"));
    }

    @Test
    void a_subscription_is_ended_with_if_match() {
        String id = subscribe(kaila, "2024-01-01", null);
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("serviceId", kaila, "startsOn", "2024-01-01",
                "endsOn", "2024-12-31")).put("/api/v1/orgs/{org}/members/{m}/subscriptions/{s}", org, member, id)
                .then().statusCode(200).body("endsOn", equalTo("2024-12-31"), "active", equalTo(false));
        as(admin(org)).header("If-Match", "\"1\"").body(Map.of("serviceId", sedna, "startsOn", "2024-01-01"))
                .put("/api/v1/orgs/{org}/members/{m}/subscriptions/{s}", org, member, id)
                .then().statusCode(422);
    }

    @Test
    void a_service_belongs_to_an_existing_team_and_codes_are_unique() {
        as(admin(org)).body(Map.of("code", "X", "name", "X", "teamId", Fixtures.unknownId()))
                .post("/api/v1/orgs/{org}/services", org).then().statusCode(422).body("errors.field", contains("teamId"));
        as(admin(org)).body(Map.of("code", "FIN-KAILA", "name", "Dup", "teamId",
                as(admin(org)).get("/api/v1/orgs/{org}/teams", org).then().extract().path("items[0].id")))
                .post("/api/v1/orgs/{org}/services", org).then().statusCode(409);
        as(admin(org)).get("/api/v1/orgs/{org}/services", org).then()
                .body("items.code", containsInAnyOrder("FIN-KAILA", "GRH-SEDNA"));
    }

    @Test
    void a_team_that_owns_services_cannot_be_deleted() {
        String teamId = as(admin(org)).get("/api/v1/orgs/{org}/teams", org).then().extract().path("items[0].id");
        as(admin(org)).header("If-Match", "\"0\"").delete("/api/v1/orgs/{org}/teams/{t}", org, teamId)
                .then().statusCode(409).contentType("application/problem+json");
        as(admin(org)).body(Map.of("name", "pôle service logiciels")).post("/api/v1/orgs/{org}/teams", org)
                .then().statusCode(409);
    }

    private String subscribe(String service, String from, String to) {
        var body = new java.util.HashMap<String, Object>(Map.of("serviceId", service, "startsOn", from));
        if (to != null) {
            body.put("endsOn", to);
        }
        return as(admin(org)).body(body).post("/api/v1/orgs/{org}/members/{m}/subscriptions", org, member)
                .then().statusCode(201).extract().path("id");
    }
}
