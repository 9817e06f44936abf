package org.passerelle.api.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.ResponseContract;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of the API is documented: a readable and unique operation id, a summary, a tag, a security
 * requirement, the problem+json errors it can answer, and an example of its request body. One failing line per undocumented operation.
 */
@QuarkusTest
class OpenApiContractTest {

    /**
     * Generated clients name their functions after operation ids: a verb then what it acts on, in camelCase
     * ({@code listTickets}, {@code createTicket}, {@code resolveTicket}), declared on each {@code @Operation}.
     * A new verb is welcome here when none of these says what the operation does.
     */
    private static final Pattern OPERATION_ID = Pattern.compile("(get|list|create|update|replace|delete|remove|"
            + "register|compute|export|download|record|open|close|answer|appoint|adopt|attach|snapshot|freeze|"
            + "conclude|give|approve|assign|take|cancel|add|escalate|link|merge|rate|recategorise|reopen|resolve|"
            + "resume|wait|assess|complete|confirm|drop|mark|report|reject|plan|start|enrol|select|countersign|sign|"
            + "redeliver|rotate|send|publish|archive|apply|accept|discard)(?:[A-Z][a-z0-9]+)+");

    @Test
    @SuppressWarnings("unchecked")
    void every_operation_has_an_id_summary_tag_security_and_error_responses() {
        Map<String, Object> document = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().as(Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<String> failures = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                Object id = operation.get("operationId");
                if (id == null || !OPERATION_ID.matcher(id.toString()).matches()) {
                    failures.add(name + ": operationId " + id + " is not a camelCase verbNoun: declare it with "
                            + "@Operation(operationId = \"listTickets\", …)");
                } else if (operationIds.putIfAbsent(id.toString(), name) != null) {
                    failures.add(name + ": operationId " + id + " is also " + operationIds.get(id.toString()));
                }
                if (operation.get("summary") == null || operation.get("summary").toString().isBlank()) {
                    failures.add(name + ": no summary");
                }
                if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                    failures.add(name + ": no tag");
                }
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                // Public reads say so explicitly (an empty requirement); everything else names its scheme.
                boolean open = path.getKey().startsWith("/api/v1/public/");
                if (!(operation.get("security") instanceof List<?> security) || security.isEmpty() != open) {
                    failures.add(name + (open ? ": public, but not marked security: []" : ": no security requirement"));
                }
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                for (String status : open ? List.of("400", "404") : List.of("400", "401", "403", "404")) {
                    Map<String, Object> response = responses == null ? null : (Map<String, Object>) responses.get(status);
                    if (response == null || !((Map<String, Object>) response.get("content"))
                            .containsKey("application/problem+json")) {
                        failures.add(name + ": error " + status + " not documented as problem+json");
                    }
                }
            }
        }
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) document
                .get("components")).get("schemas");
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                Object body = op.getValue() instanceof Map<?, ?> m ? m.get("requestBody") : null;
                if (body == null) {
                    continue;
                }
                Map<String, Object> json = ((Map<String, Map<String, Object>>) ((Map<String, Object>) body)
                        .get("content")).get("application/json");
                if (json == null) {
                    continue; // a file upload: raw bytes, no JSON schema to illustrate
                }
                String ref = String.valueOf(((Map<String, Object>) json.get("schema")).get("$ref"));
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (schemas.get(name) == null || schemas.get(name).get("examples") == null) {
                    failures.add(op.getKey().toUpperCase() + " " + path.getKey() + ": request schema " + name
                            + " has no example");
                }
            }
        }
        assertTrue(operations > 30, "only " + operations + " operations found");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_enum_has_a_stable_name_a_description_and_a_french_label_per_value() throws Exception {
        Map<String, Object> document = document();
        Map<String, Map<String, Object>> schemas = schemas(document);
        Map<String, Object> texts = new ObjectMapper().readValue(
                OpenApiContractTest.class.getResourceAsStream("/openapi/enums.json"), Map.class);
        List<String> failures = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (name.matches(".*\\d$")) {
                failures.add(name + ": numbered by the generator, two classes share a name: give one "
                        + "@Schema(name = …)");
            }
            if (!(schema.get("enum") instanceof List<?> values)) {
                return;
            }
            Map<String, Object> text = (Map<String, Object>) texts.get(name);
            if (text == null || text.get("description") == null) {
                failures.add(name + ": no entry with a description in openapi/enums.json");
                return;
            }
            Map<String, Object> labels = (Map<String, Object>) text.get("labels");
            Set<String> expected = values.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
            if (labels == null || !new TreeSet<>(labels.keySet()).equals(expected)) {
                failures.add(name + ": openapi/enums.json labels " + (labels == null ? "none" : labels.keySet())
                        + ", the enum has " + expected);
            }
            Map<String, Object> extension = (Map<String, Object>) schema.get("x-enum-labels");
            if (extension == null || !(extension.get("fr") instanceof Map<?, ?>)) {
                failures.add(name + ": no x-enum-labels.fr in the document");
            }
        });
        texts.keySet().stream().filter(name -> schemas.get(name) == null || schemas.get(name).get("enum") == null)
                .forEach(name -> failures.add("openapi/enums.json describes " + name + ", which is no enum of the "
                        + "document"));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_response_has_an_example_that_matches_its_schema_and_says_what_is_required() {
        Map<String, Object> document = document();
        Map<String, Map<String, Object>> schemas = schemas(document);
        List<String> failures = new ArrayList<>();
        Set<String> answered = new TreeSet<>();
        paths(document).forEach((path, item) -> item.forEach((method, op) -> {
            if (!(op instanceof Map<?, ?> operation) || !(operation.get("responses") instanceof Map<?, ?> responses)) {
                return;
            }
            responses.forEach((status, response) -> {
                Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) ((Map<String, Object>) response)
                        .get("content");
                if (content == null) {
                    return;
                }
                content.forEach((mediaType, media) -> {
                    Map<String, Object> schema = (Map<String, Object>) media.get("schema");
                    String where = method.toString().toUpperCase() + " " + path + " " + status + " " + mediaType;
                    if (schema == null || "binary".equals(schema.get("format"))) {
                        return; // files: nothing to illustrate
                    }
                    Object ref = schema.get("$ref");
                    if (ref != null) {
                        String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
                        answered.add(name);
                        if (schemas.get(name).get("examples") == null) {
                            failures.add(where + ": schema " + name + " has no example (openapi/examples.json)");
                        }
                    } else if (media.get("example") == null && media.get("examples") == null
                            && schema.get("examples") == null) {
                        failures.add(where + ": no example");
                    }
                });
            });
        }));
        // Response examples are strict; request examples may leave optional fields null (Bean Validation rules).
        answered.forEach(name -> {
            if (schemas.get(name).get("examples") instanceof List<?> examples) {
                for (Object example : examples) {
                    ResponseContract.FILTER.checkComponent(name, new ObjectMapper().valueToTree(example))
                            .forEach(v -> failures.add("example of " + name + ": " + v));
                }
            }
        });
        // Records: a component is required unless @Nullable (RequiredPropertiesFilter).
        answered.stream().filter(name -> schemas.get(name).get("properties") instanceof Map<?, ?> properties
                && schemas.get(name).get("required") == null
                && !properties.values().stream().allMatch(OpenApiContractTest::nullable))
                .forEach(name -> failures.add("response schema " + name + " lists no required property"));
        assertTrue(answered.size() > 50, "only " + answered.size() + " response schemas");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** {@code type: [X, "null"]}, or {@code anyOf: [{$ref}, {type: "null"}]}. */
    private static boolean nullable(Object property) {
        Map<?, ?> schema = (Map<?, ?>) property;
        return schema.get("type") instanceof List<?> types && types.contains("null")
                || schema.get("anyOf") instanceof List<?> any && any.contains(Map.of("type", "null"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract()
                .as(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> schemas(Map<String, Object> document) {
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get("schemas");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> paths(Map<String, Object> document) {
        return (Map<String, Map<String, Object>>) document.get("paths");
    }
}
