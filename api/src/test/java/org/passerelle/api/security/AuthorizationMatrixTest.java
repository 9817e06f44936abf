package org.passerelle.api.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.passerelle.api.security.AuthorizationTable.Caller;
import org.passerelle.api.security.AuthorizationTable.Cell;
import org.passerelle.api.support.ServedOperations;
import org.passerelle.api.support.ServedOperations.Operation;
import org.passerelle.api.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The authorization table of docs/security.md, proven over HTTP with real tokens for every operation of the
 * served OpenAPI document and every kind of caller: on the organisation's own objects, on objects of the same
 * organisation the caller may not see, and with another organisation's ids (which must answer exactly as random
 * ids do). Bodies are the document's examples with real ids; {@code If-Match} is the resource's current ETag.
 * An operation without its row fails the build. {@code -Dmatrix.record=true} writes what the API answers as a
 * table to {@code target/authorization-table.md} instead of asserting, for reviewing a change of rules.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Set<String> SHARED_VALUES = Set.of("org", "year", "kind", "key", "number", "template",
            "language");
    /** Objects whose state a call may change for good: every caller's call gets new ones. */
    private static final Set<String> RENEWED = Set.of("ticketId", "sessionId", "slotId", "enrolmentId",
            "articleId", "token");
    /**
     * Path values that are credentials naming their own organisation (a satisfaction link's token): another
     * organisation's is as valid as any, so only random ones are tried.
     */
    private static final Set<String> CAPABILITIES = Set.of("token");
    /** Callers that may not act first each time, so that an allowed call cannot hide a refusal. */
    private static final List<Caller> ORDER = List.of(Caller.ANONYMOUS, Caller.OUTSIDER, Caller.OTHER_ADMIN,
            Caller.PLATFORM_ADMIN, Caller.PARTNER, Caller.AUDITOR, Caller.COMMITTEE, Caller.LEARNER, Caller.REQUESTER,
            Caller.TRAINER, Caller.AGENT, Caller.ADMIN);

    /** Threads calling at once, each on its own two organisations, so that no call sees another's changes. */
    private static final int WORKERS = Integer.getInteger("matrix.workers", 3);

    private ServedOperations served;

    @Test
    void every_operation_has_exactly_one_row() {
        Set<String> operations = new TreeSet<>(served().all().stream().map(Operation::key).toList());
        assertEquals(operations, new TreeSet<>(AuthorizationTable.read().rows().keySet()),
                "docs/security.md must have one row per operation of the OpenAPI document");
    }

    @Test
    void every_caller_gets_what_the_table_says() throws Exception {
        boolean record = Boolean.getBoolean("matrix.record");
        AuthorizationTable table = record ? null : AuthorizationTable.read();
        List<Operation> operations = served().all();
        Map<String, String> tags = new LinkedHashMap<>();
        operations.forEach(op -> tags.put(op.key(), op.spec().path("tags").path(0).asText("Other")));
        long started = System.nanoTime();
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        Map<String, Map<Caller, String>> observed = new ConcurrentSkipListMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                List<Operation> share = new ArrayList<>();
                for (int i = w; i < operations.size(); i += WORKERS) {
                    share.add(operations.get(i));
                }
                workers.add(pool.submit(() -> {
                    MatrixWorld theirs = MatrixWorld.build("mx-theirs");
                    MatrixWorld mine = MatrixWorld.build("mx-mine");
                    for (Operation op : share) {
                        Map<Caller, String> row = new EnumMap<>(Caller.class);
                        for (Caller caller : ORDER) {
                            Outcome outcome = new Calls(op, caller, mine, theirs).run();
                            row.put(caller, outcome.cell());
                            if (!record) {
                                Map<Caller, Cell> expected = table.rows().get(op.key());
                                outcome.check(expected == null ? null : expected.get(caller)).ifPresent(problem ->
                                        mismatches.add(op.key() + " as " + caller.column + ": " + problem));
                            }
                        }
                        observed.put(op.key(), row);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Authorization matrix: %d operations × %d callers in %d s (%d workers)%n", observed.size(),
                Caller.values().length, (System.nanoTime() - started) / 1_000_000_000L, WORKERS);
        if (record) {
            Path out = Path.of("target/authorization-table.md");
            Files.writeString(out, AuthorizationTable.render(tags, observed), StandardCharsets.UTF_8);
            System.out.println("Authorization table written to " + out.toAbsolutePath());
            return;
        }
        List<String> sorted = new ArrayList<>(mismatches);
        Collections.sort(sorted);
        assertTrue(sorted.isEmpty(), sorted.size() + " answers differ from docs/security.md:\n"
                + String.join("\n", sorted));
    }

    /** The answers one caller gets for one operation: own objects, hidden ones, another organisation's. */
    private final class Calls {
        final Operation op;
        final Caller caller;
        final MatrixWorld mine;
        final MatrixWorld theirs;

        Calls(Operation op, Caller caller, MatrixWorld mine, MatrixWorld theirs) {
            this.op = op;
            this.caller = caller;
            this.mine = mine;
            this.theirs = theirs;
        }

        Outcome run() {
            Integer foreign = null;
            Integer random = null;
            Integer hidden = null;
            boolean hasIds = op.parameters().stream().anyMatch(p -> !SHARED_VALUES.contains(p));
            if (hasIds) {
                foreign = op.parameters().stream().anyMatch(CAPABILITIES::contains) ? null
                        : call(values(theirs.ids)).statusCode();
                random = call(randomIds()).statusCode();
            }
            Map<String, String> hiddenIds = mine.hidden.getOrDefault(caller, Map.of());
            if (op.parameters().stream().map(p -> MatrixWorld.worldKey(op, p)).anyMatch(hiddenIds::containsKey)) {
                Map<String, String> values = new LinkedHashMap<>(mine.ids);
                values.putAll(hiddenIds);
                hidden = call(values(values)).statusCode();
            }
            Map<String, String> world = new LinkedHashMap<>(mine.ids);
            if (op.mutates()) {
                op.parameters().stream().map(p -> MatrixWorld.worldKey(op, p)).filter(RENEWED::contains).findFirst()
                        .ifPresent(key -> world.putAll(mine.freshFor(key)));
            }
            if (op.method().equals("delete")) {
                world.putAll(mine.freshFor(MatrixWorld.worldKey(op, op.parameters().get(op.parameters().size() - 1))));
            }
            return new Outcome(call(values(world)).statusCode(), hidden, foreign, random);
        }

        private Map<String, String> values(Map<String, String> world) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String p : op.parameters()) {
                values.put(p, p.equals("org") ? mine.org
                        : SHARED_VALUES.contains(p) ? mine.ids.get(p) : world.get(MatrixWorld.worldKey(op, p)));
            }
            return values;
        }

        private Map<String, String> randomIds() {
            Map<String, String> values = values(mine.ids);
            values.replaceAll((p, v) -> SHARED_VALUES.contains(p) ? v : UUID.randomUUID().toString());
            return values;
        }

        private Response call(Map<String, String> values) {
            String path = op.template();
            for (Map.Entry<String, String> v : values.entrySet()) {
                if (v.getValue() == null) {
                    throw new IllegalStateException("The matrix world has no " + v.getKey() + " for " + op.key());
                }
                path = path.replace("{" + v.getKey() + "}", v.getValue());
            }
            RequestSpecification request = authenticated().urlEncodingEnabled(false).accept(op.accepted());
            for (JsonNode p : op.spec().path("parameters")) {
                String name = p.path("name").asText();
                if (p.path("in").asText().equals("header") && name.equals("If-Match")) {
                    request.header("If-Match", currentETag(path));
                } else if (p.path("in").asText().equals("query") && name.equals("filename")) {
                    request.queryParam(name, "note.txt");
                } else if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                    request.queryParam(name, queryValue(name, p.path("schema")));
                }
            }
            JsonNode content = op.spec().path("requestBody").path("content");
            if (content.has("application/json")) {
                request.contentType("application/json").body(example(content.get("application/json")).toString());
            } else if (content.size() > 0) {
                request.contentType("text/plain").body("Pièce justificative".getBytes(StandardCharsets.UTF_8));
            } else if (op.mutates()) {
                request.contentType("application/json");
            }
            return request.request(op.method().toUpperCase(), path);
        }

        private RequestSpecification authenticated() {
            return switch (caller) {
                case ANONYMOUS -> given();
                case PARTNER -> given().auth().oauth2(Tokens.ofClient());
                case OTHER_ADMIN -> given().auth().oauth2(Tokens.of(theirs.user(Caller.ADMIN)));
                default -> given().auth().oauth2(Tokens.of(mine.user(caller)));
            };
        }

        /** The ETag of the resource the path acts on (itself, or the resource an action is a sub-resource of). */
        private String currentETag(String path) {
            String candidate = path;
            for (int up = 0; up < 3 && candidate.lastIndexOf('/') > 0; up++) {
                Response r = given().auth().oauth2(Tokens.of(mine.user(Caller.ADMIN))).accept("application/json")
                        .urlEncodingEnabled(false).get(candidate);
                if (r.statusCode() == 200 && r.header("ETag") != null) {
                    return r.header("ETag");
                }
                candidate = candidate.substring(0, candidate.lastIndexOf('/'));
            }
            return "\"0\"";
        }

        private String queryValue(String name, JsonNode schema) {
            if (name.equals("year")) {
                return Integer.toString(MatrixWorld.YEAR);
            }
            String format = served().resolve(schema).path("format").asText();
            String type = served().resolve(schema).path("type").asText();
            return switch (format) {
                case "date-time" -> name.equals("to") ? "2025-03-07T17:00:00Z" : "2025-03-03T09:00:00Z";
                case "date" -> name.equals("to") ? "2025-12-31" : "2025-01-01";
                default -> type.equals("integer") || type.equals("number") ? "4" : "x";
            };
        }

        /** The request schema's first example, its ids replaced by the world's own objects. */
        private JsonNode example(JsonNode media) {
            JsonNode schema = served().resolve(media.path("schema"));
            JsonNode example = schema.path("examples").path(0);
            if (example.isMissingNode()) {
                throw new IllegalStateException("No request example for " + op.key());
            }
            JsonNode body = example.deepCopy();
            mine.useIds(body);
            if (caller == Caller.LEARNER && body instanceof ObjectNode object) {
                // A learner enrolling itself sends none of the fields staff decide (docs/training.md).
                object.remove(List.of("learnerId", "memberId", "traineeType", "fundingSource", "priceEur"));
            }
            if (caller == Caller.REQUESTER && op.template().endsWith("/sessions/{sessionId}/enrolments")
                    && body instanceof ObjectNode object) {
                // A structure's contact names its agent, and none of the other fields staff decide.
                object.remove(List.of("memberId", "traineeType", "fundingSource", "priceEur"));
            }
            return body;
        }
    }

    /** What one caller got; {@code hidden}, {@code foreign} and {@code random} are null where not asked. */
    record Outcome(int own, Integer hidden, Integer foreign, Integer random) {

        static boolean allowed(int status) {
            return status / 100 == 2 || status == 409 || status == 422;
        }

        /** The cell these answers make, or {@code ?status} for an answer that fits none. */
        String cell() {
            if (allowed(own)) {
                return hidden != null && hidden == 404 ? Cell.OWN.mark : Cell.YES.mark;
            }
            return own == 401 || own == 403 || own == 404 ? Integer.toString(own) : "?" + own;
        }

        Optional<String> check(Cell expected) {
            if (expected == null) {
                return Optional.of("no row in the table");
            }
            List<String> problems = new ArrayList<>();
            switch (expected) {
                case YES, OWN -> {
                    if (!allowed(own)) {
                        problems.add("own objects answered " + own);
                    }
                    if (expected == Cell.OWN && (hidden == null || hidden != 404)) {
                        problems.add(hidden == null ? "'own' but no object of this operation is hidden from it"
                                : "an object it may not see answered " + hidden);
                    }
                    if (expected == Cell.YES && hidden != null && !allowed(hidden)) {
                        problems.add("'✓' but an object of its organisation answered " + hidden);
                    }
                    if (foreign != null && foreign != 404) {
                        problems.add("another organisation's ids answered " + foreign);
                    }
                }
                case FORBIDDEN -> {
                    if (own != 403) {
                        problems.add("own objects answered " + own);
                    }
                    if (hidden != null && hidden != 403 && hidden != 404) {
                        problems.add("an object it may not see answered " + hidden);
                    }
                    if (foreign != null && !foreign.equals(random)) {
                        problems.add("another organisation's ids answered " + foreign + ", random ids " + random);
                    }
                }
                case NOT_FOUND, UNAUTHENTICATED -> {
                    int status = expected == Cell.NOT_FOUND ? 404 : 401;
                    for (Integer s : new Integer[] { own, hidden, foreign }) {
                        if (s != null && s != status) {
                            problems.add("answered " + s);
                        }
                    }
                }
            }
            return problems.isEmpty() ? Optional.empty()
                    : Optional.of("expected " + expected.mark + ", " + String.join("; ", problems));
        }
    }

    private ServedOperations served() {
        if (served == null) {
            served = ServedOperations.fetch();
        }
        return served;
    }
}
