package org.passerelle.api.people;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PeopleTest {

    String org;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation("people");
    }

    @Test
    void a_platform_admin_gives_an_organisation_its_first_admin_who_then_signs_in() {
        String slug = "first-" + System.nanoTime();
        as(Tokens.PLATFORM_ADMIN).body(Map.of("slug", slug, "name", "Nouvelle agence", "kind", "IT_AGENCY"))
                .post("/api/v1/orgs").then().statusCode(201);
        String first = "director-" + System.nanoTime() + "@example.org";
        as(Tokens.PLATFORM_ADMIN).body(Map.of("email", first, "name", "Directrice", "roles", List.of("admin")))
                .post("/api/v1/orgs/{org}/people", slug).then().statusCode(201).body("linked", equalTo(false));

        // Pre-registered by email: linked to the token's subject on the first call.
        as(first).get("/api/v1/me").then().statusCode(200)
                .body("personId", notNullValue(), "memberships.org", contains(slug),
                        "memberships[0].roles", contains("admin"));
        as(first).get("/api/v1/orgs/{org}/people", slug).then().statusCode(200)
                .body("items.find { it.email == '" + first + "' }.linked", equalTo(true));
    }

    @Test
    void concurrent_first_calls_link_the_person_once() throws Exception {
        String email = "rush-" + System.nanoTime() + "@example.org";
        Fixtures.person(org, admin(org), email, List.of("agent"), null);
        String token = Tokens.of(email);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Callable<String>> calls = java.util.Collections.nCopies(6,
                    () -> io.restassured.RestAssured.given().auth().oauth2(token).get("/api/v1/me").then()
                            .statusCode(200).extract().path("personId"));
            List<String> ids = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
            assertNotNull(ids.get(0));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void an_unregistered_caller_sees_no_organisation_data() {
        String stranger = "stranger-" + System.nanoTime() + "@example.org";
        as(stranger).get("/api/v1/me").then().statusCode(200)
                .body("personId", nullValue(), "memberships.size()", equalTo(0));
        as(stranger).get("/api/v1/orgs/{org}", org).then().statusCode(404);
        as(stranger).get("/api/v1/orgs/{org}/members", org).then().statusCode(404);
    }

    @Test
    void a_role_removed_or_a_membership_ended_is_refused_at_once_despite_the_access_cache() {
        String agent = user("agent", org);
        String id = Fixtures.person(org, admin(org), agent, List.of("agent"), null);
        as(agent).get("/api/v1/orgs/{org}/tickets", org).then().statusCode(200);
        as(agent).get("/api/v1/orgs/{org}/tickets", org).then().statusCode(200); // now served from the cache

        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("name", "Agent", "roles", List.of("learner")))
                .put("/api/v1/orgs/{org}/people/{id}", org, id).then().statusCode(200);
        as(agent).get("/api/v1/orgs/{org}/tickets", org).then().statusCode(403);

        as(admin(org)).header("If-Match", "\"1\"").delete("/api/v1/orgs/{org}/people/{id}", org, id).then()
                .statusCode(204);
        as(agent).get("/api/v1/orgs/{org}", org).then().statusCode(404);
    }

    @Test
    void roles_are_changed_with_if_match_and_requesters_need_a_member_structure() {
        String agent = user("agent", org);
        String id = Fixtures.person(org, admin(org), agent, List.of("agent"), null);
        String member = Fixtures.member(org, "Mairie de Soustons");

        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("name", "Agent", "roles", List.of("requester")))
                .put("/api/v1/orgs/{org}/people/{id}", org, id)
                .then().statusCode(422).body("errors.field", contains("memberId"));
        as(admin(org)).header("If-Match", "\"0\"")
                .body(Map.of("name", "Agent", "roles", List.of("requester", "learner"), "memberId", member))
                .put("/api/v1/orgs/{org}/people/{id}", org, id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("roles", containsInAnyOrder("requester", "learner"), "memberId", equalTo(member));
        as(agent).get("/api/v1/me").then().body("memberships[0].memberId", equalTo(member));
    }

    @Test
    void unknown_roles_and_bad_emails_are_refused() {
        as(admin(org)).body(Map.of("email", "not-an-email", "name", "X", "roles", List.of("agent")))
                .post("/api/v1/orgs/{org}/people", org).then().statusCode(400).body("errors.field", contains("email"));
        as(admin(org)).body(Map.of("email", "x@example.org", "name", "X", "roles", List.of("superuser")))
                .post("/api/v1/orgs/{org}/people", org).then().statusCode(400)
                .body("errors.field", hasItem(startsWith("roles")));
        as(admin(org)).body(Map.of("email", "x@example.org", "name", "X", "roles", List.of()))
                .post("/api/v1/orgs/{org}/people", org).then().statusCode(400).body("errors.field", contains("roles"));
    }

    @Test
    void a_person_is_registered_once_per_organisation() {
        Fixtures.person(org, admin(org), user("trainer", org), List.of("trainer"), null);
        as(admin(org)).body(Map.of("email", user("trainer", org).toUpperCase(), "name", "Again", "roles",
                List.of("agent"))).post("/api/v1/orgs/{org}/people", org).then().statusCode(409);
    }

    @Test
    void the_last_admin_cannot_be_removed_or_demoted() {
        String adminId = as(admin(org)).get("/api/v1/orgs/{org}/people", org).then().extract()
                .path("items.find { it.email == '" + admin(org) + "' }.id");
        as(admin(org)).header("If-Match", "\"0\"").delete("/api/v1/orgs/{org}/people/{id}", org, adminId)
                .then().statusCode(409);
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("name", "Admin", "roles", List.of("agent")))
                .put("/api/v1/orgs/{org}/people/{id}", org, adminId).then().statusCode(409);

        String second = Fixtures.person(org, admin(org), user("admin2", org), List.of("admin"), null);
        as(user("admin2", org)).header("If-Match", "\"0\"").delete("/api/v1/orgs/{org}/people/{id}", org, adminId)
                .then().statusCode(204);
        as(admin(org)).get("/api/v1/orgs/{org}/people", org).then().statusCode(404);
        as(user("admin2", org)).get("/api/v1/orgs/{org}/people/{id}", org, second).then().statusCode(200);
    }

    @Test
    void only_admins_manage_people_and_agents_may_read_them() {
        String agent = user("agent", org);
        Fixtures.person(org, admin(org), agent, List.of("agent"), null);
        String learner = user("learner", org);
        String learnerId = Fixtures.person(org, admin(org), learner, List.of("learner"), null);

        as(agent).get("/api/v1/orgs/{org}/people", org).then().statusCode(200);
        as(agent).body(Map.of("email", "y@example.org", "name", "Y", "roles", List.of("admin")))
                .post("/api/v1/orgs/{org}/people", org).then().statusCode(403);
        as(learner).get("/api/v1/orgs/{org}/people", org).then().statusCode(403);
        as(learner).get("/api/v1/orgs/{org}/people/{id}", org, learnerId).then().statusCode(200);
        as(admin(org)).queryParam("role", "learner").get("/api/v1/orgs/{org}/people", org).then()
                .body("items.email", contains(learner));
    }
}
