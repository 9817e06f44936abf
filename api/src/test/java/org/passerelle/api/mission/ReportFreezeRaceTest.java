package org.passerelle.api.mission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.mission.Mission.BASE;
import static org.passerelle.api.mission.Mission.indicator;
import static org.passerelle.api.mission.Mission.objective;
import static org.passerelle.api.mission.Mission.target;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Freezes of one report that race: one wins, the others are refused with a 409 at once, without computing
 * anything, and the frozen report is the winner's. Findings written meanwhile wait for the freeze, then are refused.
 */
@QuarkusTest
class ReportFreezeRaceTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    String org;
    String computed;

    @BeforeEach
    void aMissionWithATypedInAndAComputedIndicator() {
        org = Fixtures.organisation("freeze");
        String statutory = objective(org, null, "1", "Le partage du numérique", null);
        String operational = objective(org, statutory, "1.1", "Outiller les communautés.", null);
        String typedIn = indicator(org, operational, "Stagiaires impliqués", "RESULT", "stagiaires", null,
                List.of(target(2024, 450, null)));
        Mission.measurement(org, typedIn, 2024, 312);
        computed = indicator(org, operational, "Formateurs actifs", "MEANS", "formateurs", "training.trainers.active",
                List.of(target(2024, 5, null)));
    }

    @Test
    void of_eight_simultaneous_freezes_one_wins_and_the_others_get_a_409() throws Exception {
        String token = Tokens.of(admin(org));
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> sent = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            sent.add(pool.submit(() -> {
                start.await();
                return RestAssured.given().auth().oauth2(token).contentType("application/json")
                        .accept("application/json").post(BASE + "/reports/2024/freeze", org).andReturn();
            }));
        }
        start.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> f : sent) {
            answers.add(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        List<Response> won = answers.stream().filter(r -> r.statusCode() == 200).toList();
        assertEquals(1, won.size(), () -> "statuses: " + answers.stream().map(Response::statusCode).toList());
        for (Response lost : answers.stream().filter(r -> r.statusCode() != 200).toList()) {
            assertEquals(409, lost.statusCode());
            assertTrue(lost.contentType().startsWith(PROBLEM), lost.contentType());
            String detail = lost.jsonPath().getString("detail");
            assertTrue(detail.equals("The 2024 report is frozen: it no longer changes.") || detail
                    .equals("Another request is freezing the 2024 report or writing its findings: try again."), detail);
        }

        // The frozen report is the winner's, whole; the losers left no snapshot behind.
        JsonPath winner = won.get(0).jsonPath();
        JsonPath frozen = as(admin(org)).get(BASE + "/reports/2024", org).then().statusCode(200)
                .body("frozenAt", notNullValue()).extract().jsonPath();
        assertEquals(winner.getMap(""), frozen.getMap(""));
        assertEquals(312f, frozen.getFloat("keyFigures.find { it.indicator == 'Stagiaires impliqués' }.value"));
        as(admin(org)).get(BASE + "/indicators/{id}/measurements", org, computed).then().statusCode(200)
                .body("items.findAll { it.year == 2024 }", hasSize(1), "items[0].origin", equalTo("SNAPSHOT"));
    }

    @Test
    void a_freeze_does_not_wait_for_the_one_in_progress_and_changes_nothing() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // What a freeze in progress holds until it commits (ReportService.Frozen.tryLock).
            try (PreparedStatement lock = other.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended('mission_reports ' || id || ' 2024', 0))"
                            + " from organisations where slug = ?")) {
                lock.setString(1, org);
                try (ResultSet r = lock.executeQuery()) {
                    assertTrue(r.next());
                }
            }
            // A freeze that waited for the lock would time out here.
            as(admin(org)).config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", 30_000))).header("Accept-Language", "fr")
                    .post(BASE + "/reports/2024/freeze", org).then()
                    .statusCode(409).contentType(PROBLEM)
                    .body("detail",
                            equalTo("Une autre requête fige le rapport 2024 ou en écrit les constats : réessayez."));
            as(admin(org)).get(BASE + "/reports/2024", org).then().statusCode(200).body("frozenAt", nullValue());
            as(admin(org)).get(BASE + "/indicators/{id}/measurements", org, computed).then().statusCode(200)
                    .body("items", hasSize(0));
            other.commit();
        }
        as(admin(org)).post(BASE + "/reports/2024/freeze", org).then().statusCode(200)
                .body("frozenAt", notNullValue(), "objectives[0].title", containsString("partage"));
    }

    @Test
    void findings_written_during_a_freeze_wait_for_it_then_are_refused() throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (Connection freeze = dataSource.getConnection()) {
            // A freeze in progress: it holds the report's lock and has stored the report, not yet committed.
            freeze.setAutoCommit(false);
            try (PreparedStatement lock = freeze.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended('mission_reports ' || id || ' 2024', 0))"
                            + " from organisations where slug = ?");
                    PreparedStatement store = freeze.prepareStatement("insert into mission_reports"
                            + " (id, org_id, year, content, created_at, updated_at) select gen_random_uuid(), id,"
                            + " 2024, '{}', now(), now() from organisations where slug = ?")) {
                lock.setString(1, org);
                lock.executeQuery().close();
                store.setString(1, org);
                assertEquals(1, store.executeUpdate());
            }
            Future<Response> findings = writer.submit(() -> as(admin(org))
                    .body(Map.of("findings", "Objectifs tenus")).put(BASE + "/reports/2024/findings", org)
                    .andReturn());
            awaitAWaiterOnAnAdvisoryLock();
            freeze.commit();
            Response refused = findings.get(2, TimeUnit.MINUTES);
            assertEquals(409, refused.statusCode(), refused.asString());
            assertEquals("The 2024 report is frozen: it no longer changes.", refused.jsonPath().getString("detail"));
        } finally {
            writer.shutdownNow();
        }
        as(admin(org)).get(BASE + "/reports/2024/findings", org).then().statusCode(404);
    }

    private void awaitAWaiterOnAnAdvisoryLock() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement waiting = c.prepareStatement(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
            for (int i = 0; i < 600; i++) {
                try (ResultSet r = waiting.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the findings write never waited for the freeze");
    }
}
