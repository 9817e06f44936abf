package org.passerelle.api.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged application killed with SIGKILL in the middle of ticket creations sent with an Idempotency-Key,
 * then restarted: a request that had not committed leaves its key free (the retry creates the ticket, once), one
 * that had committed replays its answer (the client learns its ticket's id), and under load no acknowledged ticket
 * is lost, none is created twice, no key stays stuck, references stay gapless. Its first start, on an empty
 * database, runs no scheduled job before the schema exists.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    static EmbeddedPostgres postgres;
    static PackagedApplication app;
    static String alice;
    static String member;
    static String category;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        // A short SLA interval: on an empty database, the job would run while Flyway is still creating the schema.
        app = new PackagedApplication("crash", postgres.getJdbcUrl("postgres", "postgres"),
                Map.of("PASSERELLE_TICKETING_SLA_CHECK_INTERVAL", "1s"));
        app.start();
        PackagedApplication.Organisation crash = app.organisation("crash", "Mairie de Capbreton");
        alice = crash.adminToken();
        member = crash.memberId();
        String team = app.as(alice).body(Map.of("name", "Pôle logiciels")).post("/api/v1/orgs/crash/teams")
                .then().statusCode(201).extract().path("id");
        category = app.as(alice).body(Map.of("name", "Messagerie", "teamId", team, "defaultLevel", "N1"))
                .post("/api/v1/orgs/crash/ticketing/categories").then().statusCode(201).extract().path("id");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void the_first_start_on_an_empty_database_runs_no_job_before_the_schema_exists() throws Exception {
        Thread.sleep(2_000); // a few more runs of the SLA job, now that the schema exists
        String log = app.log();
        assertTrue(log.contains("Database schema at version"), log);
        assertFalse(log.matches("(?s).*relation \"\\w+\" does not exist.*"), log);
        assertFalse(log.contains(" ERROR "), log);
    }

    @Test
    @Order(2)
    void a_request_killed_before_it_committed_leaves_its_key_free_and_the_retry_files_the_ticket_once() throws Exception {
        file("warm-up", UUID.randomUUID().toString()).then().statusCode(201);
        String key = UUID.randomUUID().toString();
        CompletableFuture<Integer> lost;
        try (Connection blocker = jdbc()) {
            // Hold this year's reference counter: the request stops inside its transaction, key held, ticket unsaved.
            blocker.setAutoCommit(false);
            blocker.createStatement().executeQuery("select last_value from ticket_sequences for update").close();
            lost = CompletableFuture.supplyAsync(() -> statusOrMinusOne(() -> file("Crash avant commit", key)));
            awaitWaitingOnLock("insert into ticket_sequences");
            app.kill();
            blocker.rollback();
        }
        assertEquals(-1, lost.get(30, TimeUnit.SECONDS));
        assertEquals(0, ticketsTitled("Crash avant commit"));
        app.start();

        Response retry = file("Crash avant commit", key);
        retry.then().statusCode(201);
        assertNull(retry.header("Idempotent-Replayed"), "the first attempt left nothing to replay");
        Response again = file("Crash avant commit", key);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(retry.<String>path("id"), again.path("id"));
        assertEquals(1, ticketsTitled("Crash avant commit"));
    }

    @Test
    @Order(3)
    void a_request_killed_after_it_committed_replays_its_answer_with_the_tickets_id() throws Exception {
        String key = UUID.randomUUID().toString();
        CompletableFuture<Integer> unread = CompletableFuture
                .supplyAsync(() -> statusOrMinusOne(() -> file("Crash après commit", key)));
        Instant deadline = Instant.now().plusSeconds(30);
        while (ticketsTitled("Crash après commit") == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(2);
        }
        app.kill(); // the client may or may not have read the answer: it retries either way
        unread.get(30, TimeUnit.SECONDS);
        app.start();

        Response retry = file("Crash après commit", key);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(idOfTicketTitled("Crash après commit"), retry.path("id"));
        assertEquals(1, ticketsTitled("Crash après commit"));
    }

    @Test
    @Order(4)
    void writers_retrying_through_a_kill_lose_nothing_duplicate_nothing_and_leave_no_key_stuck() throws Exception {
        int writers = 12;
        int perWriter = 10;
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        // Generous: a restart of the JVM takes seconds, much more on a loaded machine.
        Instant deadline = Instant.now().plusSeconds(480);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    String title = "Charge " + writer + "-" + i;
                    String key = "load-" + writer + "-" + i;
                    while (true) {
                        if (Instant.now().isAfter(deadline)) {
                            throw new AssertionError("key " + key + " never answered 201 (" + conflicts + " 409s seen)");
                        }
                        int status = statusOrMinusOne(() -> {
                            Response r = file(title, key);
                            if (r.statusCode() == 201) {
                                acknowledged.put(key, r.path("id"));
                            }
                            return r;
                        });
                        if (status == 201) {
                            break;
                        }
                        if (status == 409) {
                            conflicts.incrementAndGet();
                        }
                        sleep(100);
                    }
                }
                return null;
            }));
        }
        while (acknowledged.size() < writers * perWriter / 3 && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
        }
        app.kill();
        Thread.sleep(300);
        app.start();
        try {
            for (Future<?> f : done) {
                f.get(540, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(writers * perWriter, acknowledged.size());
        assertEquals(writers * perWriter, acknowledged.values().stream().distinct().count(), "one ticket per key");
        try (Connection c = jdbc(); ResultSet rs = c.createStatement().executeQuery(
                "select id::text, title from tickets where title like 'Charge %'")) {
            Map<String, String> stored = new java.util.HashMap<>();
            while (rs.next()) {
                assertNull(stored.put(rs.getString(2), rs.getString(1)), "duplicate ticket " + rs.getString(2));
            }
            assertEquals(writers * perWriter, stored.size(), "no acknowledged ticket lost, none created twice");
            acknowledged.forEach((key, id) -> assertEquals(id, stored.get("Charge " + key.substring(5)), key));
        }
        assertReferencesGapless();
    }

    /** References T-YYYY-000001… with neither gap nor duplicate, whatever was rolled back by the kills. */
    static void assertReferencesGapless() throws SQLException {
        try (Connection c = jdbc(); ResultSet rs = c.createStatement().executeQuery(
                "select reference from tickets order by reference")) {
            int expected = 1;
            while (rs.next()) {
                String reference = rs.getString(1);
                assertEquals(expected++, Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1)), reference);
            }
            assertNotEquals(1, expected);
        }
    }

    static Response file(String title, String key) {
        return app.as(alice).header("Idempotency-Key", key)
                .body(Map.of("title", title, "description", "Le poste ne démarre plus.", "categoryId", category,
                        "memberId", member))
                .post("/api/v1/orgs/crash/tickets");
    }

    /** The status of the answer, or -1 when there was none (connection refused or cut by the kill). */
    static int statusOrMinusOne(java.util.function.Supplier<Response> call) {
        try {
            return call.get().statusCode();
        } catch (Exception e) { // RestAssured rethrows I/O failures (refused, cut) undeclared
            return -1;
        }
    }

    static void awaitWaitingOnLock(String queryStart) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        try (Connection c = jdbc()) {
            while (Instant.now().isBefore(deadline)) {
                try (var s = c.prepareStatement("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and query like ?")) {
                    s.setString(1, queryStart + "%");
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            return;
                        }
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no request waited on " + queryStart);
    }

    static int ticketsTitled(String title) throws SQLException {
        try (Connection c = jdbc(); var s = c.prepareStatement("select count(*) from tickets where title = ?")) {
            s.setString(1, title);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static String idOfTicketTitled(String title) throws SQLException {
        try (Connection c = jdbc(); var s = c.prepareStatement("select id::text from tickets where title = ?")) {
            s.setString(1, title);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), title);
                return rs.getString(1);
            }
        }
    }

    static Connection jdbc() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
