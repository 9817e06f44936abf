package org.passerelle.api.member;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class MembersTest {

    String org;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation("members");
    }

    @Test
    void a_member_is_created_with_its_derived_population_stratum() {
        as(admin(org)).body(Map.of("name", "Mairie de Capbreton", "kind", "COMMUNE", "siret", "21400192800016",
                "inseeCode", "40065", "population", 9000,
                "address", Map.of("line1", "Hôtel de ville", "postalCode", "40130", "city", "Capbreton")))
                .post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(201)
                .body("populationStratum", equalTo("FROM_3500_TO_9999"), "active", equalTo(true),
                        "address.city", equalTo("Capbreton"));
    }

    @Test
    void siret_insee_code_and_postal_code_are_validated() {
        as(admin(org)).body(Map.of("name", "Mairie", "kind", "COMMUNE", "siret", "21400192800015",
                "inseeCode", "4006", "population", -1, "address", Map.of("postalCode", "4013")))
                .post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("address.postalCode", "inseeCode", "population", "siret"));
        as(admin(org)).get("/api/v1/orgs/{org}/members", org).then().body("items.size()", equalTo(0));
    }

    @Test
    void a_siret_is_unique_in_an_organisation() {
        Fixtures.member(org, Map.of("name", "A", "kind", "COMMUNE", "siret", "21400192800016"));
        as(admin(org)).body(Map.of("name", "B", "kind", "COMMUNE", "siret", "21400192800016"))
                .post("/api/v1/orgs/{org}/members", org).then().statusCode(409);
        // Another organisation may know the same structure.
        String other = Fixtures.organisation("other");
        Fixtures.member(other, Map.of("name", "A", "kind", "COMMUNE", "siret", "21400192800016"));
    }

    @Test
    void the_list_is_searched_filtered_and_paginated_with_cursors() {
        for (String name : List.of("Mairie de Soustons", "Mairie de Linxe", "Mairie de Mugron", "Mairie d'Hagetmau",
                "Mairie de Retjons")) {
            Fixtures.member(org, Map.of("name", name, "kind", "COMMUNE", "population", name.length() * 100));
        }
        Fixtures.member(org, Map.of("name", "Mont-de-Marsan Agglomération", "kind", "INTERCOMMUNALITY",
                "population", 55000));

        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(admin(org)).queryParam("limit", 2).queryParam("kind", "COMMUNE");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/orgs/{org}/members", org);
            page.then().statusCode(200);
            names.addAll(page.path("items.name"));
            cursor = page.path("next");
            if (cursor != null) {
                page.then().header("Link", containsString("rel=\"next\""));
            }
            pages++;
        } while (cursor != null);
        assertEquals(List.of("Mairie d'Hagetmau", "Mairie de Linxe", "Mairie de Mugron", "Mairie de Retjons",
                "Mairie de Soustons"), names);
        assertEquals(3, pages);

        as(admin(org)).queryParam("q", "LINX").get("/api/v1/orgs/{org}/members", org).then()
                .body("items.name", contains("Mairie de Linxe"));
        as(admin(org)).queryParam("stratum", "FROM_50000_TO_99999").get("/api/v1/orgs/{org}/members", org).then()
                .body("items.name", contains("Mont-de-Marsan Agglomération"));
        as(admin(org)).queryParam("sort", "-name").queryParam("limit", 1).get("/api/v1/orgs/{org}/members", org)
                .then().body("items.name", contains("Mont-de-Marsan Agglomération"));
        as(admin(org)).queryParam("sort", "population").get("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).body("errors.field", contains("sort"));
        as(admin(org)).queryParam("cursor", "garbage!").get("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).body("errors.field", contains("cursor"));
        as(admin(org)).queryParam("limit", 501).get("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).body("errors.field", contains("limit"));
    }

    @Test
    void updates_need_the_current_etag_and_concurrent_writers_lose_nothing() {
        String id = Fixtures.member(org, "Mairie de Narrosse");
        var body = Map.of("name", "Mairie de Narrosse (40)", "kind", "COMMUNE", "population", 3300);
        as(admin(org)).body(body).put("/api/v1/orgs/{org}/members/{id}", org, id).then().statusCode(428)
                .contentType("application/problem+json");
        as(admin(org)).header("If-Match", "nonsense").body(body).put("/api/v1/orgs/{org}/members/{id}", org, id)
                .then().statusCode(400);
        as(admin(org)).header("If-Match", "\"0\"").body(body).put("/api/v1/orgs/{org}/members/{id}", org, id)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        // A second writer that read version 0 does not overwrite the first one's change.
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("name", "Stale", "kind", "COMMUNE"))
                .put("/api/v1/orgs/{org}/members/{id}", org, id).then().statusCode(412);
        as(admin(org)).get("/api/v1/orgs/{org}/members/{id}", org, id).then()
                .header("ETag", "\"1\"").body("name", equalTo("Mairie de Narrosse (40)"));
    }

    @Test
    void a_member_is_deleted_with_if_match_unless_something_refers_to_it() {
        String free = Fixtures.member(org, "Libre");
        as(admin(org)).header("If-Match", "\"0\"").delete("/api/v1/orgs/{org}/members/{id}", org, free)
                .then().statusCode(204);
        as(admin(org)).get("/api/v1/orgs/{org}/members/{id}", org, free).then().statusCode(404);

        String referenced = Fixtures.member(org, "Référencé");
        Fixtures.person(org, admin(org), user("requester", org), List.of("requester"), referenced);
        as(admin(org)).header("If-Match", "\"0\"").delete("/api/v1/orgs/{org}/members/{id}", org, referenced)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void requesters_see_their_own_structure_only_and_cannot_write() {
        String capbreton = Fixtures.member(org, "Mairie de Capbreton");
        String soustons = Fixtures.member(org, "Mairie de Soustons");
        String requester = user("requester", org);
        Fixtures.person(org, admin(org), requester, List.of("requester"), capbreton);

        as(requester).get("/api/v1/orgs/{org}/members/{id}", org, capbreton).then().statusCode(200);
        as(requester).get("/api/v1/orgs/{org}/members/{id}/subscriptions", org, capbreton).then().statusCode(200);
        as(requester).get("/api/v1/orgs/{org}/members/{id}", org, soustons).then().statusCode(404);
        as(requester).get("/api/v1/orgs/{org}/members", org).then().statusCode(403);
        as(requester).body(Map.of("name", "X", "kind", "COMMUNE")).post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(403);
    }

    @Test
    void agents_trainers_and_partners_read_the_directory_but_only_admins_write() {
        String agent = user("agent", org);
        Fixtures.person(org, admin(org), agent, List.of("agent"), null);
        String learner = user("learner", org);
        Fixtures.person(org, admin(org), learner, List.of("learner"), null);
        String id = Fixtures.member(org, "Mairie de Linxe");

        as(agent).get("/api/v1/orgs/{org}/members", org).then().statusCode(200).body("items.id", hasItem(id));
        as(agent).body(Map.of("name", "X", "kind", "COMMUNE")).post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(403);
        as(learner).get("/api/v1/orgs/{org}/members", org).then().statusCode(403);
        as(learner).get("/api/v1/orgs/{org}/members/{id}", org, id).then().statusCode(404);
    }

    @Test
    void an_inactive_member_stays_listed_under_the_active_filter() {
        String id = Fixtures.member(org, "Ancienne commune");
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("name", "Ancienne commune", "kind", "COMMUNE",
                "active", false)).put("/api/v1/orgs/{org}/members/{id}", org, id).then().statusCode(200)
                .body("active", equalTo(false), "populationStratum", nullValue());
        as(admin(org)).queryParam("active", true).get("/api/v1/orgs/{org}/members", org).then()
                .body("items.id", not(hasItem(id)));
        as(admin(org)).queryParam("active", false).get("/api/v1/orgs/{org}/members", org).then()
                .body("items.id", contains(id));
    }
}
