package org.passerelle.api.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.passerelle.api.security.AuthorizationTable.Caller;
import org.passerelle.api.security.AuthorizationTable.Cell;
import org.passerelle.api.support.ServedOperations;
import org.passerelle.api.support.ServedOperations.Operation;
import org.passerelle.api.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the served OpenAPI document, called by a caller who may call it (the organisation's admin
 * where docs/security.md allows it) on real objects of {@link MatrixWorld}, with families of malformed input
 * generated from the document: a NUL character in each path parameter, query parameter and text field of the
 * body; a wrongly typed value in each query parameter and body field; an undeclared query parameter (sent, for
 * body-less actions, with a client's default form Content-Type); a period with only one bound; each body field
 * given twice; 10,000 empty items in each array; an unreadable Accept-Language; an escape that is no UTF-8.
 * Each answer must be a 4xx {@code application/problem+json} whose {@code errors} name what is wrong, titled in
 * the language asked, and the resource (its ETag, or the ids of its list) must be unchanged afterwards.
 * Generation is deterministic: the same document gives the same requests.
 */
@QuarkusTest
class BadInputFuzzTest {

    private static final List<Caller> PREFERRED = List.of(Caller.ADMIN, Caller.PLATFORM_ADMIN, Caller.AGENT,
            Caller.TRAINER, Caller.REQUESTER, Caller.LEARNER, Caller.COMMITTEE, Caller.AUDITOR, Caller.PARTNER,
            Caller.ANONYMOUS);
    /** Languages asked in turn: none (English), English, French. */
    private static final List<String> LANGUAGES = Arrays.asList(null, "en", "fr-FR,fr;q=0.9");
    private static final String UNKNOWN = "zzUnknown";
    private static final int HUGE = 10_000;
    private static final String NUL = "\u0000";
    private static final String PROBLEM = "application/problem+json";
    /** Every refusal that was not as it should be, for reading beyond the assertion message. */
    private static final Path REPORT = Path.of("target/bad-input-fuzz.txt");

    private final ObjectMapper json = new ObjectMapper();
    private ServedOperations served;
    private MatrixWorld world;
    private String partnerToken;
    private final Map<String, Integer> perFamily = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private int serverErrors;
    private int notProblems;

    /** One request: method, path with its query string (already encoded), headers, body. */
    record Call(String method, String path, Map<String, String> headers, String contentType, byte[] body) {

        Call with(String newPath, Map<String, String> extraHeaders, String newType, byte[] newBody) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.putAll(extraHeaders);
            return new Call(method, newPath, h, newType, newBody);
        }
    }

    /** A malformed request of a family, and the field or parameter its answer must name (null: none). */
    record Probe(String family, String names, Call call) {
    }

    @Test
    void every_malformed_request_answers_a_4xx_problem_naming_it_and_changes_nothing() throws IOException {
        long started = System.nanoTime();
        world = MatrixWorld.build("fz");
        partnerToken = Tokens.ofClient();
        AuthorizationTable table = AuthorizationTable.read();
        served = ServedOperations.fetch();
        List<Operation> operations = served.all();
        for (Operation op : operations) {
            Caller caller = callerFor(table.rows().get(op.key()));
            Base base = new Base(op, caller);
            // Reads change nothing whatever they are sent; writes are checked.
            Map<String, String> before = op.mutates() ? fingerprint(base.path) : Map.of();
            for (Probe probe : probes(op, base)) {
                send(op, caller, probe);
            }
            Map<String, String> after = op.mutates() ? fingerprint(base.path) : Map.of();
            if (!before.equals(after)) {
                failures.add(op.key() + ": malformed requests changed " + before + " into " + after);
            }
        }
        System.out.printf("Bad input fuzz: %d requests over %d operations in %d s; 5xx: %d, not problem+json: %d;"
                + " per family: %s%n", sent, operations.size(), (System.nanoTime() - started) / 1_000_000_000L,
                serverErrors, notProblems, perFamily);
        Files.writeString(REPORT, String.join("\n", failures) + "\n", StandardCharsets.UTF_8);
        assertTrue(failures.isEmpty(), failures.size() + " malformed requests were not refused as they should:\n"
                + failures.stream().limit(80).collect(Collectors.joining("\n")) + "\n(all in " + REPORT + ")");
    }

    /** The first caller of {@link #PREFERRED} docs/security.md allows (admin for nearly everything). */
    private static Caller callerFor(Map<Caller, Cell> row) {
        return PREFERRED.stream().filter(c -> row != null && (row.get(c) == Cell.YES || row.get(c) == Cell.OWN))
                .findFirst().orElse(Caller.ADMIN);
    }

    /** The well-formed request of an operation, which each probe breaks in one place. */
    private final class Base {
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final String path;
        final Call call;
        final JsonNode body;
        final JsonNode bodySchema;

        Base(Operation op, Caller caller) {
            for (String p : op.parameters()) {
                pathValues.put(p, p.equals("org") ? world.org : world.ids.get(MatrixWorld.worldKey(op, p)));
            }
            path = path(op.template(), pathValues);
            Map<String, String> headers = new LinkedHashMap<>();
            for (JsonNode p : op.spec().path("parameters")) {
                String name = p.path("name").asText();
                if (p.path("in").asText().equals("header") && name.equals("If-Match")) {
                    headers.put("If-Match", currentETag(path));
                } else if (p.path("in").asText().equals("query") && (p.path("required").asBoolean()
                        || name.equals("filename"))) {
                    query.put(name, validValue(name, p.path("schema")));
                }
            }
            JsonNode content = op.spec().path("requestBody").path("content");
            bodySchema = served.resolve(content.path("application/json").path("schema"));
            if (content.has("application/json")) {
                JsonNode example = bodySchema.path("examples").path(0);
                body = example.deepCopy();
                world.useIds(body);
                call = new Call(op.method(), path + queryString(query), headers, "application/json", bytes(body));
            } else if (content.size() > 0) {
                body = null;
                call = new Call(op.method(), path + queryString(query), headers, "text/plain",
                        "Pièce justificative".getBytes(StandardCharsets.UTF_8));
            } else {
                body = null;
                call = new Call(op.method(), path + queryString(query), headers, null, null);
            }
        }

        Call withQuery(Map<String, String> changed) {
            return call.with(path + queryString(changed), Map.of(), call.contentType(), call.body());
        }

        Call withBody(String text) {
            return call.with(call.path(), Map.of(), "application/json", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<Probe> probes(Operation op, Base base) {
        List<Probe> probes = new ArrayList<>();
        for (String p : op.parameters()) {
            Map<String, String> values = new LinkedHashMap<>(base.pathValues);
            values.put(p, values.get(p) + NUL);
            probes.add(new Probe("nul-path", p, base.call.with(path(op.template(), values) + queryString(base.query),
                    Map.of(), base.call.contentType(), base.call.body())));
        }
        if (!op.parameters().isEmpty()) {
            // Bytes that are no UTF-8 where an id is expected: decoded, they name no resource.
            Map<String, String> values = new LinkedHashMap<>(base.pathValues);
            values.put(op.parameters().get(op.parameters().size() - 1), "\uE000");
            String raw = path(op.template(), values).replace(encode("\uE000"), "%FF%FE");
            probes.add(new Probe("bad-escape", null, base.call.with(raw + queryString(base.query), Map.of(),
                    base.call.contentType(), base.call.body())));
        }
        Set<String> queryNames = new TreeSet<>();
        for (JsonNode p : op.spec().path("parameters")) {
            if (!p.path("in").asText().equals("query")) {
                continue;
            }
            String name = p.path("name").asText();
            queryNames.add(name);
            Map<String, String> nul = new LinkedHashMap<>(base.query);
            nul.put(name, base.query.getOrDefault(name, "x") + NUL);
            probes.add(new Probe("nul-query", name, base.withQuery(nul)));
            String wrong = wrongQueryValue(name, p.path("schema"));
            if (wrong != null) {
                Map<String, String> typed = new LinkedHashMap<>(base.query);
                typed.put(name, wrong);
                probes.add(new Probe("wrong-type-query", name, base.withQuery(typed)));
            }
        }
        boolean period = queryNames.containsAll(List.of("from", "to", "year")) || base.query.keySet()
                .containsAll(List.of("from", "to"));
        if (period) {
            for (String[] bound : new String[][] { { "from", "to" }, { "to", "from" } }) {
                Map<String, String> halfOpen = new LinkedHashMap<>(base.query);
                halfOpen.remove(bound[1]);
                halfOpen.put(bound[0], validValue(bound[0], parameterSchema(op, bound[0])));
                probes.add(new Probe("half-open-period", bound[1], base.withQuery(halfOpen)));
            }
        }
        Map<String, String> unknown = new LinkedHashMap<>(base.query);
        unknown.put(UNKNOWN, "1");
        if (base.call.body() == null && op.mutates()) {
            // A body-less action as curl -d '' sends it: a form Content-Type with no body is not a 415.
            probes.add(new Probe("unknown-query", UNKNOWN, base.call.with(base.path + queryString(unknown), Map.of(),
                    "application/x-www-form-urlencoded", null)));
        } else {
            probes.add(new Probe("unknown-query", UNKNOWN, base.withQuery(unknown)));
        }
        probes.add(new Probe("accept-language", "Accept-Language", base.call.with(base.call.path(),
                Map.of("Accept-Language", "fr;q=abc"), base.call.contentType(), base.call.body())));
        if (base.body instanceof ObjectNode object) {
            bodyProbes(object, "", probes, base);
            ObjectNode extra = object.deepCopy();
            extra.put(UNKNOWN, 1);
            probes.add(new Probe("unknown-field", UNKNOWN, base.withBody(extra.toString())));
        }
        return probes;
    }

    /** NUL, wrong type, duplicate and huge-array probes for every field of an example body, depth first. */
    private void bodyProbes(JsonNode node, String at, List<Probe> probes, Base base) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String name = names.next();
                String field = at.isEmpty() ? name : at + "." + name;
                JsonNode value = object.get(name);
                probes.add(new Probe("duplicate-key", field, base.withBody(withDuplicate(base.body, field))));
                leafProbes(field, value, probes, base);
                bodyProbes(value, field, probes, base);
            }
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            String first = at + "[0]";
            leafProbes(first, array.get(0), probes, base);
            bodyProbes(array.get(0), first, probes, base);
        }
    }

    private void leafProbes(String field, JsonNode value, List<Probe> probes, Base base) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value.isTextual()) {
            probes.add(new Probe("nul-body", field, base.withBody(replaced(base.body, field,
                    f.textNode(value.asText() + NUL)))));
        }
        JsonNode wrong = value.isTextual() ? f.objectNode()
                : value.isNumber() ? f.textNode("abc")
                : value.isBoolean() ? f.textNode("maybe")
                : value.isArray() ? f.textNode("not-a-list")
                : value.isObject() ? f.numberNode(42)
                : f.arrayNode().add(f.arrayNode());
        probes.add(new Probe("wrong-type-body", field, base.withBody(replaced(base.body, field, wrong))));
        if (value.isArray()) {
            JsonNode item = value.isEmpty() || value.get(0).isObject() ? f.objectNode() : f.textNode("");
            probes.add(new Probe("huge-array", field, base.withBody(replaced(base.body, field, filled(item, HUGE)))));
            int max = schemaAt(base.bodySchema, field).path("maxItems").asInt(0);
            if (max > 1) {
                // As many empty items as allowed: many invalid items, a short answer.
                probes.add(new Probe("many-invalid-items", field, base.withBody(replaced(base.body, field,
                        filled(item, max)))));
            }
        }
    }

    private static ArrayNode filled(JsonNode item, int count) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < count; i++) {
            items.add(item);
        }
        return items;
    }

    /** The schema of the field at {@code path} in a request body's schema. */
    private JsonNode schemaAt(JsonNode schema, String path) {
        JsonNode s = served.resolve(schema);
        for (String step : steps(path)) {
            s = served.resolve(step.equals("[") ? s.path("items") : s.path("properties").path(step));
        }
        return s;
    }

    private void send(Operation op, Caller caller, Probe probe) {
        String language = probe.family().equals("accept-language") ? null : LANGUAGES.get(sent % LANGUAGES.size());
        Call call = probe.call();
        RequestSpecification request = given().urlEncodingEnabled(false).accept(op.accepted());
        switch (caller) {
            case ANONYMOUS -> {
            }
            case PARTNER -> request.auth().oauth2(partnerToken);
            default -> request.auth().oauth2(Tokens.of(world.user(caller)));
        }
        call.headers().forEach(request::header);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (call.contentType() != null) {
            request.contentType(call.contentType());
        }
        if (call.body() != null) {
            request.body(call.body());
        }
        Response response = request.request(call.method().toUpperCase(), call.path());
        sent++;
        perFamily.merge(probe.family(), 1, Integer::sum);
        check(op, probe, language, response).ifPresent(problem -> failures.add(op.key() + " [" + probe.family()
                + (probe.names() == null ? "" : " " + probe.names()) + "] as " + caller.column + ": " + problem));
    }

    private Optional<String> check(Operation op, Probe probe, String language, Response response) {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        String text = response.asString();
        if (status >= 500) {
            serverErrors++;
        }
        if (!type.startsWith(PROBLEM)) {
            notProblems++;
            return Optional.of(status + " " + type + " " + abbreviate(text));
        }
        if (status < 400 || status >= 500) {
            return Optional.of("answered " + status + " " + abbreviate(text));
        }
        JsonNode problem;
        try {
            problem = json.readTree(text);
        } catch (IOException e) {
            return Optional.of("unreadable problem " + abbreviate(text));
        }
        List<String> wrong = new ArrayList<>();
        if (problem.path("status").asInt() != status || problem.path("detail").asText().isBlank()) {
            wrong.add("status or detail missing");
        }
        Locale locale = probe.family().equals("accept-language") ? Locale.FRENCH
                : language != null && language.startsWith("fr") ? Locale.FRENCH : Locale.ENGLISH;
        String slug = problem.path("type").asText().replace("/problems/", "");
        String title = ResourceBundle.getBundle("i18n.api", locale).getString("api.title." + slug);
        if (!title.equals(problem.path("title").asText())) {
            wrong.add("title '" + problem.path("title").asText() + "' instead of '" + title + "'");
        }
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        String name = probe.names();
        if (name != null && fields.stream().noneMatch(f -> f.equals(name) || f.startsWith(name + ".")
                || f.startsWith(name + "["))) {
            wrong.add("errors name " + fields + ", not " + name);
        }
        if (fields.size() > 100 || text.length() > 32 * 1024) {
            wrong.add(fields.size() + " errors in " + text.length() + " characters");
        }
        return wrong.isEmpty() ? Optional.empty()
                : Optional.of(status + " " + String.join("; ", wrong) + " — " + abbreviate(text));
    }

    /**
     * What a malformed request may have changed: the ETag of the path and of the resources above it, or the ids
     * of their lists, as the admin reads them.
     */
    private Map<String, String> fingerprint(String path) {
        Map<String, String> seen = new LinkedHashMap<>();
        String candidate = path;
        for (int up = 0; up < 4 && candidate.startsWith("/api/v1/orgs/" + world.org); up++) {
            Response r = given().auth().oauth2(Tokens.of(world.user(Caller.ADMIN))).accept("application/json")
                    .urlEncodingEnabled(false).get(candidate);
            String state = String.valueOf(r.statusCode());
            if (r.statusCode() == 200 && r.header("ETag") != null) {
                state = r.header("ETag");
            } else if (r.statusCode() == 200 && String.valueOf(r.contentType()).startsWith("application/json")) {
                JsonNode items = readTree(r.asString()).path("items");
                if (items.isArray()) {
                    List<String> ids = new ArrayList<>();
                    items.forEach(i -> ids.add(i.has("id") ? i.path("id").asText() : i.toString()));
                    ids.sort(null);
                    state = ids.toString();
                }
            }
            seen.put(candidate, state);
            candidate = candidate.substring(0, candidate.lastIndexOf('/'));
        }
        return seen;
    }

    private String currentETag(String path) {
        String candidate = path;
        for (int up = 0; up < 3 && candidate.lastIndexOf('/') > 0; up++) {
            Response r = given().auth().oauth2(Tokens.of(world.user(Caller.ADMIN))).accept("application/json")
                    .urlEncodingEnabled(false).get(candidate);
            if (r.statusCode() == 200 && r.header("ETag") != null) {
                return r.header("ETag");
            }
            candidate = candidate.substring(0, candidate.lastIndexOf('/'));
        }
        return "\"0\"";
    }

    private String validValue(String name, JsonNode schema) {
        if (name.equals("year")) {
            return Integer.toString(MatrixWorld.YEAR);
        }
        if (name.equals("filename")) {
            return "note.txt";
        }
        JsonNode s = served.resolve(schema);
        return switch (s.path("format").asText()) {
            case "date-time" -> name.equals("to") ? "2025-03-07T17:00:00Z" : "2025-03-03T09:00:00Z";
            case "date" -> name.equals("to") ? "2025-12-31" : "2025-01-01";
            default -> s.path("type").asText().equals("integer") || s.path("type").asText().equals("number") ? "4"
                    : "x";
        };
    }

    /** A value of the wrong type for a query parameter, or null for free text (any string is valid). */
    private String wrongQueryValue(String name, JsonNode schema) {
        JsonNode s = served.resolve(schema);
        if (s.path("type").asText().equals("array")) {
            s = served.resolve(s.path("items"));
        }
        if (s.has("enum")) {
            return "NOT_A_VALUE";
        }
        return switch (s.path("type").asText()) {
            case "integer", "number" -> "abc";
            case "boolean" -> "maybe";
            default -> switch (s.path("format").asText()) {
                case "date" -> "2025-02-30";
                case "date-time" -> "yesterday";
                case "uuid" -> "not-a-uuid";
                default -> s.has("pattern") ? "~" : name.equals("sort") || name.equals("cursor") ? "~" : null;
            };
        };
    }

    private JsonNode parameterSchema(Operation op, String name) {
        for (JsonNode p : op.spec().path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                return p.path("schema");
            }
        }
        return JsonNodeFactory.instance.objectNode();
    }

    /** The body with the field at {@code path} (a.b[0].c) replaced by {@code value}. */
    private static String replaced(JsonNode body, String path, JsonNode value) {
        JsonNode copy = body.deepCopy();
        List<String> steps = steps(path);
        JsonNode parent = copy;
        for (String step : steps.subList(0, steps.size() - 1)) {
            parent = step.startsWith("[") ? parent.get(0) : parent.get(step);
        }
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(0, value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy.toString();
    }

    /** The body as JSON text with the field at {@code path} written twice, the second time after the others. */
    private String withDuplicate(JsonNode body, String path) {
        List<String> steps = steps(path);
        String target = String.join("", steps.subList(0, steps.size() - 1));
        return write(body, "", target, steps.get(steps.size() - 1));
    }

    private String write(JsonNode node, String at, String target, String duplicate) {
        if (node instanceof ObjectNode object) {
            List<String> members = new ArrayList<>();
            object.fields().forEachRemaining(e -> members.add(quote(e.getKey()) + ":"
                    + write(e.getValue(), at + e.getKey(), target, duplicate)));
            if (at.equals(target)) {
                members.add(quote(duplicate) + ":" + object.get(duplicate));
            }
            return "{" + String.join(",", members) + "}";
        }
        if (node instanceof ArrayNode array) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(i == 0 ? write(array.get(i), at + "[", target, duplicate) : array.get(i).toString());
            }
            return "[" + String.join(",", items) + "]";
        }
        return node.toString();
    }

    /** {@code a.b[0].c} → {@code a, b, [, c}. */
    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            for (int i = bracket; i >= 0; i = part.indexOf('[', i + 1)) {
                steps.add("[");
            }
        }
        return steps;
    }

    private String quote(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }

    private static byte[] bytes(JsonNode body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String path(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (v.getValue() == null) {
                throw new IllegalStateException("The matrix world has no " + v.getKey() + " for " + template);
            }
            path = path.replace("{" + v.getKey() + "}", encode(v.getValue()));
        }
        return path;
    }

    private static String queryString(Map<String, String> query) {
        return query.isEmpty() ? "" : "?" + query.entrySet().stream().map(e -> encode(e.getKey()) + "="
                + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
