package org.passerelle.api.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged application while its PostgreSQL is stopped, then started again, and while every pooled connection
 * is busy: each request answers 503 problem+json with Retry-After, never 500 and never a long hang;
 * readiness goes DOWN; once the database is back, the application serves again without a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    static final int POOL = 3;
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    static Path dataDir;
    static int port;
    static EmbeddedPostgres postgres;
    static PackagedApplication app;
    static String alice;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("passerelle-outage-pg");
        port = ExternalProcess.freePort();
        postgres = startPostgres();
        app = new PackagedApplication("outage", postgres.getJdbcUrl("postgres", "postgres"), Map.of(
                "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", String.valueOf(POOL),
                "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "2S",
                "PASSERELLE_HTTP_RETRY_AFTER", "7S"));
        app.start();
        alice = app.organisation("outage", "Mairie de Seignosse").adminToken();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (dataDir != null) {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void an_exhausted_pool_answers_503_with_retry_after_once_the_acquisition_timeout_is_over() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(POOL);
        List<Future<Integer>> blocked = new ArrayList<>();
        try (Connection locker = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            // Every pooled connection waits on this lock, inside a request that will succeed once it is released.
            locker.setAutoCommit(false);
            locker.createStatement().execute("lock table members in access exclusive mode");
            for (int i = 0; i < POOL; i++) {
                blocked.add(pool.submit(() -> app.as(alice).get("/api/v1/orgs/outage/members").statusCode()));
            }
            awaitBackendsWaitingOnLock(POOL);

            assertUnavailable(() -> app.as(alice).get("/api/v1/orgs/outage/members"));
            // Readiness takes its connection from the same pool: DOWN while the pool is exhausted.
            given().get(app.management + "/q/health/ready").then().statusCode(503);
            // Operators see why in the pool's metrics: every connection in use.
            String metrics = given().get(app.management + "/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("agroal_active_count") && l.endsWith(" " + POOL + ".0")),
                    metrics.lines().filter(l -> l.startsWith("agroal")).toList().toString());
            locker.rollback();
        }
        for (Future<Integer> f : blocked) {
            assertEquals(200, f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        given().get(app.management + "/q/health/ready").then().statusCode(200);
        app.as(alice).get("/api/v1/orgs/outage/members").then().statusCode(200);
    }

    @Test
    @Order(2)
    void a_stopped_database_answers_503_quickly_readiness_goes_down_and_service_resumes_without_a_restart()
            throws Exception {
        String key = UUID.randomUUID().toString();
        postgres.close();

        Instant stopped = Instant.now();
        while (given().get(app.management + "/q/health/ready").statusCode() != 503) {
            assertTrue(Instant.now().isBefore(stopped.plusSeconds(5)), "readiness still UP");
            Thread.sleep(50);
        }
        // Concurrent readers and writers, with and without Idempotency-Key, for several seconds of outage.
        List<Callable<Void>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            calls.add(() -> {
                assertUnavailable(() -> switch (n % 4) {
                    case 0 -> app.as(alice).get("/api/v1/orgs/outage/members");
                    case 1 -> app.as(alice).body(Map.of("name", "Mairie " + n, "kind", "COMMUNE"))
                            .post("/api/v1/orgs/outage/members");
                    case 2 -> app.as(alice).header("Idempotency-Key", key)
                            .body(Map.of("name", "Mairie de Hossegor", "kind", "COMMUNE"))
                            .post("/api/v1/orgs/outage/members");
                    default -> app.as(alice).get("/api/v1/me");
                });
                Thread.sleep(100);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> f : pool.invokeAll(calls)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        postgres = startPostgres();
        Instant restarted = Instant.now();
        while (given().get(app.management + "/q/health/ready").statusCode() != 200) {
            assertTrue(Instant.now().isBefore(restarted.plusSeconds(30)), "readiness not back");
            Thread.sleep(100);
        }
        // Stale pooled connections may fail a first request, with a 503 too; the next ones are served.
        awaitStatus(200, () -> app.as(alice).get("/api/v1/orgs/outage/members"));
        String id = app.as(alice).header("Idempotency-Key", key).body(Map.of("name", "Mairie de Hossegor", "kind", "COMMUNE"))
                .post("/api/v1/orgs/outage/members").then().statusCode(201).extract().path("id");
        app.as(alice).header("Idempotency-Key", key).body(Map.of("name", "Mairie de Hossegor", "kind", "COMMUNE"))
                .post("/api/v1/orgs/outage/members").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        String log = app.log();
        assertTrue(!log.contains("Unexpected error"), log);
    }

    /** 503 problem+json with Retry-After, answered within {@link #ANSWER_WITHIN}. */
    static void assertUnavailable(Callable<Response> call) throws Exception {
        Instant sent = Instant.now();
        Response r = call.call();
        Duration took = Duration.between(sent, Instant.now());
        assertEquals(503, r.statusCode(), r.asString());
        assertEquals("application/problem+json", r.contentType());
        assertEquals("7", r.header("Retry-After"));
        assertEquals(503, (int) r.path("status"));
        assertEquals("/problems/service-unavailable", r.path("type"));
        assertTrue(took.compareTo(ANSWER_WITHIN) <= 0, "answered in " + took);
    }

    static void awaitStatus(int status, Callable<Response> call) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        int last;
        do {
            last = call.call().statusCode();
            if (last == status) {
                return;
            }
            assertEquals(503, last, "while recovering, only 503");
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("still " + last);
    }

    static void awaitBackendsWaitingOnLock(int count) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            while (Instant.now().isBefore(deadline)) {
                try (var rs = c.createStatement().executeQuery(
                        "select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
                    rs.next();
                    if (rs.getInt(1) >= count) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the requests did not reach the lock");
    }

    /** The same server again: same data directory, same port, as after a restart of the service. */
    static EmbeddedPostgres startPostgres() throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }
}
