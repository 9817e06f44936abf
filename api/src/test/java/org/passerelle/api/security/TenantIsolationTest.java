package org.passerelle.api.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An organisation's admin reaches nothing of another organisation: not through the other's paths, and
 * not by putting the other's ids under its own paths. Every refusal is a 404 that leaks nothing, and
 * nothing changes.
 */
@QuarkusTest
class TenantIsolationTest {

    String mine;
    String theirs;
    String theirMember;
    String theirTeam;
    String theirService;
    String theirSubscription;
    String theirPerson;

    @BeforeEach
    void twoOrganisations() {
        mine = Fixtures.organisation("mine");
        theirs = Fixtures.organisation("theirs");
        theirMember = Fixtures.member(theirs, "Mairie de Mugron");
        theirTeam = Fixtures.team(theirs, "Pôle Logiciels");
        theirService = Fixtures.service(theirs, "FIN-KAILA", theirTeam);
        theirSubscription = as(admin(theirs)).body(Map.of("serviceId", theirService, "startsOn", "2024-01-01"))
                .post("/api/v1/orgs/{org}/members/{m}/subscriptions", theirs, theirMember)
                .then().statusCode(201).extract().path("id");
        theirPerson = Fixtures.person(theirs, admin(theirs), "agent@" + theirs + ".test", List.of("agent"), null);
    }

    @Test
    void the_other_organisation_itself_is_not_found() {
        for (String path : List.of("", "/members", "/members/" + theirMember, "/people", "/teams", "/services",
                "/calendar", "/api-clients", "/indicators")) {
            as(admin(mine)).get("/api/v1/orgs/" + theirs + path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        as(admin(mine)).get("/api/v1/orgs").then().body("items.slug", not(hasItem(theirs)));
    }

    @Test
    void their_ids_under_my_paths_are_not_found() {
        as(admin(mine)).get("/api/v1/orgs/{org}/members/{id}", mine, theirMember).then().statusCode(404);
        as(admin(mine)).get("/api/v1/orgs/{org}/members/{id}/subscriptions", mine, theirMember).then().statusCode(404);
        as(admin(mine)).get("/api/v1/orgs/{org}/members/{id}/subscriptions/{s}", mine, theirMember, theirSubscription)
                .then().statusCode(404);
        as(admin(mine)).get("/api/v1/orgs/{org}/teams/{id}", mine, theirTeam).then().statusCode(404);
        as(admin(mine)).get("/api/v1/orgs/{org}/services/{id}", mine, theirService).then().statusCode(404);
        as(admin(mine)).get("/api/v1/orgs/{org}/people/{id}", mine, theirPerson).then().statusCode(404);
        as(admin(mine)).get("/api/v1/orgs/{org}/members", mine).then().statusCode(200)
                .body("items.id", not(hasItem(theirMember)));
        as(admin(mine)).queryParam("serviceId", theirService).get("/api/v1/orgs/{org}/members", mine)
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void their_data_cannot_be_changed_or_referenced_from_my_organisation() {
        var member = Map.of("name", "Hijacked", "kind", "COMMUNE");
        as(admin(mine)).header("If-Match", "\"0\"").body(member)
                .put("/api/v1/orgs/{org}/members/{id}", mine, theirMember).then().statusCode(404);
        as(admin(mine)).header("If-Match", "\"0\"")
                .delete("/api/v1/orgs/{org}/members/{id}", mine, theirMember).then().statusCode(404);
        as(admin(mine)).header("If-Match", "\"0\"").body(Map.of("name", "X", "roles", List.of("admin")))
                .put("/api/v1/orgs/{org}/people/{id}", mine, theirPerson).then().statusCode(404);
        // Their team and service cannot be used to build data in my organisation.
        as(admin(mine)).body(Map.of("code", "STEAL", "name", "Steal", "teamId", theirTeam))
                .post("/api/v1/orgs/{org}/services", mine).then().statusCode(422);
        String myMember = Fixtures.member(mine, "Mairie de Linxe");
        as(admin(mine)).body(Map.of("serviceId", theirService, "startsOn", LocalDate.now().toString()))
                .post("/api/v1/orgs/{org}/members/{m}/subscriptions", mine, myMember).then().statusCode(422);
        as(admin(mine)).body(Map.of("email", "x@" + mine + ".test", "name", "X", "roles", List.of("requester"),
                "memberId", theirMember)).post("/api/v1/orgs/{org}/people", mine).then().statusCode(422);

        as(admin(theirs)).get("/api/v1/orgs/{org}/members/{id}", theirs, theirMember).then().statusCode(200)
                .body("name", equalTo("Mairie de Mugron"), "version", equalTo(0));
        as(admin(theirs)).get("/api/v1/orgs/{org}/people/{id}", theirs, theirPerson).then().statusCode(200)
                .body("roles", equalTo(List.of("agent")));
    }

    @Test
    void a_person_of_both_organisations_has_each_organisations_roles_only_there() {
        String both = "both-" + System.nanoTime() + "@example.org";
        Fixtures.person(mine, admin(mine), both, List.of("admin"), null);
        Fixtures.person(theirs, admin(theirs), both, List.of("learner"), null);
        as(both).get("/api/v1/orgs/{org}/members", mine).then().statusCode(200);
        as(both).get("/api/v1/orgs/{org}/members", theirs).then().statusCode(403);
        as(both).get("/api/v1/me").then().statusCode(200)
                .body("memberships.find { it.org == '" + mine + "' }.roles", equalTo(List.of("admin")),
                        "memberships.find { it.org == '" + theirs + "' }.roles", equalTo(List.of("learner")));
    }
}
