package org.passerelle.api.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document the running application serves, read as the list of its operations: what the tests that
 * walk the whole API (authorization matrix, bad-input fuzz, response contract) iterate over.
 */
public final class ServedOperations {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One operation of the document: its method (lower case), path template and specification. */
    public record Operation(String method, String template, JsonNode spec) {

        /** {@code METHOD /path}, as docs/security.md names the operation. */
        public String key() {
            return method.toUpperCase() + " " + template.replaceFirst("^/api/v1", "");
        }

        /** The path parameters, in order. */
        public List<String> parameters() {
            List<String> names = new ArrayList<>();
            Matcher m = PARAMETER.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        public boolean mutates() {
            return !method.equals("get");
        }

        /** The media type of the first successful answer with content: what a client asks for. */
        public String accepted() {
            JsonNode responses = spec.path("responses");
            for (Iterator<String> codes = responses.fieldNames(); codes.hasNext();) {
                String code = codes.next();
                if (code.startsWith("2") && responses.get(code).path("content").size() > 0) {
                    return responses.get(code).path("content").fieldNames().next();
                }
            }
            return "application/json";
        }
    }

    private final JsonNode document;

    private ServedOperations(JsonNode document) {
        this.document = document;
    }

    /** The document served at {@code /q/openapi}. */
    public static ServedOperations fetch() {
        try {
            return new ServedOperations(new ObjectMapper().readTree(given().accept("application/json")
                    .get("/q/openapi?format=json").then().statusCode(200).extract().asString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** Every operation, sorted by {@link Operation#key()}. */
    public List<Operation> all() {
        JsonNode paths = document.path("paths");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
            String template = it.next();
            for (String method : METHODS) {
                if (paths.get(template).has(method)) {
                    operations.add(new Operation(method, template, paths.get(template).get(method)));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::key));
        return operations;
    }

    /** The component a {@code $ref} schema names, or the schema itself. */
    public JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        return ref == null ? schema
                : document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
