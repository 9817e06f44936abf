package org.passerelle.api.org;

import static org.hamcrest.Matchers.equalTo;
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
import io.restassured.specification.RequestSpecification;

/**
 * docs/security.md: a platform administrator creates organisations and may register people and API clients in
 * any organisation (how an organisation gets its first admin). Without a membership it reads the organisation's
 * own record, and nothing else of its data: every other operation answers 403, the same for any id.
 */
@QuarkusTest
class PlatformAdminRightsTest {

    String org;
    String member;
    String team;
    String service;
    String subscription;
    String person;
    String client;
    String webhook;

    @BeforeEach
    void anOrganisationWithData() {
        org = Fixtures.organisation("platform");
        member = Fixtures.member(org, "Mairie de Linxe");
        team = Fixtures.team(org, "Pôle Paie");
        service = Fixtures.service(org, "PAIE-EXT", team);
        subscription = as(admin(org)).body(Map.of("serviceId", service, "startsOn", "2024-01-01"))
                .post("/api/v1/orgs/{org}/members/{m}/subscriptions", org, member).then().statusCode(201)
                .extract().path("id");
        person = Fixtures.person(org, admin(org), Fixtures.user("agent", org), List.of("agent"), null);
        client = as(admin(org)).body(Map.of("clientId", "lms-" + org, "name", "LMS", "roles", List.of("partner")))
                .post("/api/v1/orgs/{org}/api-clients", org).then().statusCode(201).extract().path("id");
        webhook = as(admin(org)).body(Map.of("url", "https://hooks.example.org/in", "eventTypes",
                List.of("member.created"))).post("/api/v1/orgs/{org}/webhooks", org).then().statusCode(201)
                .extract().path("webhook.id");
    }

    @Test
    void it_creates_and_lists_organisations_and_reads_their_own_record() {
        as(Tokens.PLATFORM_ADMIN).get("/api/v1/orgs").then().statusCode(200).body("items.slug", hasItem(org));
        as(Tokens.PLATFORM_ADMIN).get("/api/v1/orgs/{org}", org).then().statusCode(200)
                .body("slug", equalTo(org));
    }

    @Test
    void it_registers_people_and_api_clients_in_any_organisation() {
        as(Tokens.PLATFORM_ADMIN).body(Map.of("email", "second-admin@" + org + ".test", "name", "Second",
                "roles", List.of("admin"))).post("/api/v1/orgs/{org}/people", org).then().statusCode(201);
        as(Tokens.PLATFORM_ADMIN).body(Map.of("clientId", "erp-" + org, "name", "ERP", "roles", List.of("partner")))
                .post("/api/v1/orgs/{org}/api-clients", org).then().statusCode(201);
    }

    @Test
    void it_reads_nothing_else_of_the_organisation() {
        for (String path : List.of("/calendar", "/calendar/days-off",
                "/calendar/business-duration?from=2025-05-26T08:00:00Z&to=2025-06-02T08:00:00Z",
                "/calendar/business-deadline?from=2025-05-26T08:00:00Z&hours=8",
                "/teams", "/teams/" + team, "/teams/" + Fixtures.unknownId(),
                "/services", "/services/" + service, "/services/" + Fixtures.unknownId(),
                "/members", "/members/" + member, "/members/" + Fixtures.unknownId(),
                "/members/" + member + "/subscriptions", "/members/" + member + "/subscriptions/" + subscription,
                "/people", "/people/" + person, "/people/" + Fixtures.unknownId(),
                "/api-clients", "/api-clients/" + client, "/api-clients/" + Fixtures.unknownId(),
                "/webhooks", "/webhooks/event-types", "/webhooks/" + webhook, "/webhooks/" + webhook + "/deliveries",
                "/indicators", "/indicators/core.members.active")) {
            as(Tokens.PLATFORM_ADMIN).get("/api/v1/orgs/" + org + path).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void it_changes_nothing_else_of_the_organisation() {
        refused(ifMatch().body(Map.of("name", "Renamed", "kind", "OTHER", "timeZone", "Europe/Paris"))
                .put("/api/v1/orgs/{org}", org).then());
        refused(ifMatch().body(Map.of("name", "Renamed", "roles", List.of("admin")))
                .put("/api/v1/orgs/{org}/people/{id}", org, person).then());
        refused(ifMatch().delete("/api/v1/orgs/{org}/people/{id}", org, person).then());
        refused(ifMatch().body(Map.of("clientId", "lms-" + org, "name", "LMS", "roles", List.of("admin")))
                .put("/api/v1/orgs/{org}/api-clients/{id}", org, client).then());
        refused(ifMatch().delete("/api/v1/orgs/{org}/api-clients/{id}", org, client).then());
        refused(as(Tokens.PLATFORM_ADMIN).body(Map.of("name", "X", "kind", "COMMUNE"))
                .post("/api/v1/orgs/{org}/members", org).then());
        refused(as(Tokens.PLATFORM_ADMIN).body(Map.of("name", "Pôle X"))
                .post("/api/v1/orgs/{org}/teams", org).then());
        refused(ifMatch().body(Map.of("holidayZone", "FR", "openingHours",
                List.of(Map.of("day", "MONDAY", "opens", "08:00", "closes", "20:00"))))
                .put("/api/v1/orgs/{org}/calendar", org).then());
        refused(as(Tokens.PLATFORM_ADMIN).body(Map.of("url", "https://evil.example.org/in", "eventTypes",
                List.of("member.created"))).post("/api/v1/orgs/{org}/webhooks", org).then());

        as(admin(org)).get("/api/v1/orgs/{org}/people/{id}", org, person).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo("Person " + Fixtures.user("agent", org)));
        as(admin(org)).get("/api/v1/orgs/{org}/api-clients/{id}", org, client).then().statusCode(200)
                .header("ETag", "\"0\"");
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks", org).then().body("items.size()", equalTo(1));
    }

    @Test
    void a_platform_admin_who_is_a_member_acts_with_its_roles_there() {
        Fixtures.person(org, admin(org), Tokens.PLATFORM_ADMIN, List.of("agent"), null);
        as(Tokens.PLATFORM_ADMIN).get("/api/v1/orgs/{org}/teams", org).then().statusCode(200);
        as(Tokens.PLATFORM_ADMIN).get("/api/v1/orgs/{org}/people", org).then().statusCode(200);
        as(Tokens.PLATFORM_ADMIN).get("/api/v1/orgs/{org}/webhooks", org).then().statusCode(403);
        as(Tokens.PLATFORM_ADMIN).body(Map.of("email", "third@" + org + ".test", "name", "Third",
                "roles", List.of("learner"))).post("/api/v1/orgs/{org}/people", org).then().statusCode(201);
    }

    private static RequestSpecification ifMatch() {
        return as(Tokens.PLATFORM_ADMIN).header("If-Match", "\"0\"");
    }

    private static void refused(io.restassured.response.ValidatableResponse response) {
        response.statusCode(403).contentType("application/problem+json");
    }
}
