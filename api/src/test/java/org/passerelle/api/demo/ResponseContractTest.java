package org.passerelle.api.demo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.ResponseContract;
import org.passerelle.api.support.ServedOperations;
import org.passerelle.api.support.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The OpenAPI document tells the truth about the demo organisations: every GET of the document is called, as
 * each organisation's admin, with the ids that the lists answer, and each JSON answer is checked against the
 * document (required fields present, non-nullable ones non-null, nothing undocumented). The other tests check
 * their own answers the same way through {@code Api}.
 */
@QuarkusTest
class ResponseContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Inject
    DemoData.Loader loader;

    @BeforeEach
    void demoData() {
        DemoDataTest.load(loader);
    }

    @Test
    void every_read_of_the_demo_data_matches_the_document() throws Exception {
        List<String> templates = new ArrayList<>(ServedOperations.fetch().all().stream()
                .filter(op -> op.method().equals("get") && op.template().startsWith("/api/"))
                .map(ServedOperations.Operation::template).toList());
        // Collections before their members, so that ids are known when a member path needs them.
        templates.sort((a, b) -> Long.compare(a.chars().filter(c -> c == '{').count(),
                b.chars().filter(c -> c == '{').count()));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String org : List.of("alpi", "alphalia")) {
            String admin = "admin@" + org + ".test";
            Map<String, Set<String>> ids = new LinkedHashMap<>();
            ids.put("org", Set.of(org));
            ids.put("year", Set.of("2024", "2025"));
            for (String template : templates) {
                for (String path : expand(template, ids)) {
                    Response response = (path.startsWith("/api/v1/public/") ? given() : given().auth()
                            .oauth2(Tokens.of(admin))).accept("application/json").get(path);
                    String type = response.getContentType();
                    if (type == null || !type.contains("json")) {
                        continue;
                    }
                    List<String> violations = ResponseContract.FILTER.check("GET", path, response.getStatusCode(),
                            type.split(";")[0].trim(), response.asString());
                    violations.forEach(v -> failures.add("GET " + path + " " + response.getStatusCode() + ": " + v));
                    if (response.getStatusCode() == 200) {
                        checked++;
                        harvest(template, JSON.readTree(response.asString()), ids);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked > 100, "only " + checked + " JSON reads answered 200");
    }

    /** The concrete paths of a template, from the values known for its parameters (two of each at most). */
    private static List<String> expand(String template, Map<String, Set<String>> ids) {
        List<String> paths = new ArrayList<>(List.of(template));
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            // {org} and {year} are given; /tickets/{ticketId} takes the ids the list /tickets answered, else any
            // ticketId seen in an answer.
            Set<String> values = name.equals("org") || name.equals("year") ? ids.get(name)
                    : ids.getOrDefault(template.substring(0, m.start() - 1), ids.getOrDefault(name, Set.of()));
            List<String> next = new ArrayList<>();
            for (String path : paths) {
                values.stream().limit(2).forEach(v -> next.add(path.replace("{" + name + "}", v)));
            }
            paths = next;
        }
        return paths;
    }

    private static void harvest(String template, JsonNode body, Map<String, Set<String>> ids) {
        JsonNode items = body.has("items") ? body.get("items") : body.has("courses") ? body.get("courses") : body;
        if (items.isArray()) {
            for (JsonNode item : items) {
                List.of("id", "key", "courseId").stream().filter(item::hasNonNull).findFirst().ifPresent(
                        field -> ids.computeIfAbsent(template, k -> new LinkedHashSet<>()).add(item.get(field)
                                .asText()));
            }
        }
        harvestIds(body, ids);
    }

    /** Every {@code somethingId} field of an answer, for the paths whose list the admin cannot read. */
    private static void harvestIds(JsonNode node, Map<String, Set<String>> ids) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().endsWith("Id") && field.getValue().isTextual()) {
                    ids.computeIfAbsent(field.getKey(), k -> new LinkedHashSet<>()).add(field.getValue().asText());
                } else {
                    harvestIds(field.getValue(), ids);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> harvestIds(element, ids));
        }
    }
}
