package org.passerelle.api.conventions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The edges of Idempotency-Key; the rule itself is proven on every endpoint by IdempotentPostsTest. */
@QuarkusTest
class IdempotencyTest {

    @Inject
    AgroalDataSource dataSource;

    String org;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation("idem");
    }

    @Test
    void a_failed_request_does_not_burn_its_key() {
        String key = UUID.randomUUID().toString();
        as(admin(org)).header("Idempotency-Key", key).body(Map.of("name", "", "kind", "COMMUNE"))
                .post("/api/v1/orgs/{org}/members", org).then().statusCode(400);
        String team = Fixtures.team(org, "Pôle");
        as(admin(org)).header("Idempotency-Key", key).body(Map.of("code", "S", "name", "S", "teamId", team))
                .post("/api/v1/orgs/{org}/services", org).then().statusCode(201);
    }

    @Test
    void keys_belong_to_their_caller_and_path() {
        String key = UUID.randomUUID().toString();
        String other = Fixtures.organisation("idem-other");
        String a = as(admin(org)).header("Idempotency-Key", key).body(Map.of("name", "A", "kind", "COMMUNE"))
                .post("/api/v1/orgs/{org}/members", org).then().statusCode(201).extract().path("id");
        String b = as(admin(other)).header("Idempotency-Key", key).body(Map.of("name", "A", "kind", "COMMUNE"))
                .post("/api/v1/orgs/{org}/members", other).then().statusCode(201).extract().path("id");
        assertNotEquals(a, b);
    }

    @Test
    void concurrent_duplicates_create_one_resource() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = Tokens.of(admin(org));
        Callable<Integer> post = () -> io.restassured.RestAssured.given().auth().oauth2(token)
                .contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("name", "Concurrente", "kind", "COMMUNE"))
                .post("/api/v1/orgs/{org}/members", org).statusCode();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Integer> statuses = pool.invokeAll(List.of(post, post, post, post)).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            // Each duplicate either replays the first response or is told the first one is still running.
            statuses.forEach(s -> assertTrue(s == 201 || s == 409, "status " + s));
        } finally {
            pool.shutdown();
        }
        as(admin(org)).get("/api/v1/orgs/{org}/members", org).then().body("items.size()", equalTo(1));
        assertEquals(1, (int) as(admin(org)).get("/api/v1/orgs/{org}/members", org).path("items.size()"));
    }

    @Test
    void a_key_is_held_while_its_request_runs_and_replays_once_it_has_committed() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = Tokens.of(admin(org));
        Callable<Response> post = () -> io.restassured.RestAssured.given().auth().oauth2(token)
                .contentType("application/json").header("Idempotency-Key", key).body(Map.of("name", "Pôle tenu"))
                .post("/api/v1/orgs/{org}/teams", org);
        as(admin(org)).get("/api/v1/orgs/{org}/teams", org).then().statusCode(200); // first call links the admin
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection locker = dataSource.getConnection()) {
            // Writes to teams wait: the first request stops inside its transaction, holding its key.
            locker.setAutoCommit(false);
            locker.createStatement().execute("lock table teams in exclusive mode");
            Future<Response> first = pool.submit(post);
            awaitInsertWaiting();
            post.call().then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString(key));
            locker.rollback();
            Response created = first.get(30, TimeUnit.SECONDS);
            assertEquals(201, created.statusCode());
            assertNull(created.header("Idempotent-Replayed"));
            post.call().then().statusCode(201).header("Idempotent-Replayed", "true")
                    .body("id", equalTo(created.<String>path("id")));
        } finally {
            pool.shutdown();
        }
    }

    /** Polled from its own connection: within a transaction, pg_stat_activity is a snapshot that never changes. */
    private void awaitInsertWaiting() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            awaitInsertWaiting(c);
        }
    }

    private static void awaitInsertWaiting(Connection c) throws Exception {
        for (int i = 0; i < 3000; i++) {
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from pg_stat_activity"
                    + " where wait_event_type = 'Lock' and query ilike 'insert into teams%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(40);
        }
        List<String> activity = new java.util.ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("select state, wait_event_type, left(query, 80)"
                + " from pg_stat_activity where pid <> pg_backend_pid() and datname = current_database()")) {
            while (rs.next()) {
                activity.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        throw new AssertionError("the request did not reach the lock: " + activity);
    }

    @Test
    void a_replay_is_refused_to_a_caller_who_has_lost_the_rights_it_was_given_under() {
        String agent = "agent-" + System.nanoTime() + "@idem.test";
        String id = Fixtures.person(org, admin(org), agent, List.of("agent"), null);
        String key = UUID.randomUUID().toString();
        String team = Fixtures.team(org, "Pôle");
        var category = Map.of("name", "Messagerie", "teamId", team, "defaultLevel", "N1");
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("name", "Agent", "roles", List.of("admin")))
                .put("/api/v1/orgs/{org}/people/{id}", org, id).then().statusCode(200);
        as(agent).header("Idempotency-Key", key).body(category)
                .post("/api/v1/orgs/{org}/ticketing/categories", org).then().statusCode(201);
        as(admin(org)).header("If-Match", "\"1\"").body(Map.of("name", "Agent", "roles", List.of("learner")))
                .put("/api/v1/orgs/{org}/people/{id}", org, id).then().statusCode(200);

        as(agent).header("Idempotency-Key", key).body(category)
                .post("/api/v1/orgs/{org}/ticketing/categories", org).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString(key));
        // Given the rights back, the caller sees its first answer again.
        as(admin(org)).header("If-Match", "\"2\"").body(Map.of("name", "Agent", "roles", List.of("admin")))
                .put("/api/v1/orgs/{org}/people/{id}", org, id).then().statusCode(200);
        as(agent).header("Idempotency-Key", key).body(category)
                .post("/api/v1/orgs/{org}/ticketing/categories", org).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
    }
}
