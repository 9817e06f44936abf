package org.passerelle.api.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * The OpenAPI document as a contract, checked on real responses: every JSON answer a test receives through
 * {@link Api} is validated against the schema the served document gives for its operation, status and media
 * type. Required fields must be there, non-nullable ones non-null, enums in range, and no field may be
 * undocumented. A failure names the operation and the field: declare the field {@code @Nullable} in its
 * record, or fix the code that leaves it out.
 */
public final class ResponseContract implements Filter {

    public static final ResponseContract FILTER = new ResponseContract();

    private static final String DOCUMENT = "https://passerelle.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile Contract contract;

    private ResponseContract() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String contentType = response.getContentType();
        if (contentType == null || !contentType.contains("json") || response.getStatusCode() == 204) {
            return response;
        }
        String path = URI.create(request.getURI()).getPath();
        List<String> violations = contract().check(request.getMethod(), path, response.getStatusCode(),
                contentType.split(";")[0].trim(), response.asString());
        if (!violations.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + path + " answered " + response.getStatusCode()
                    + " outside the OpenAPI document:\n  " + String.join("\n  ", violations) + "\nbody: "
                    + response.asString());
        }
        return response;
    }

    /** The violations of one response; empty when it conforms or when the document says nothing of it. */
    public List<String> check(String method, String path, int status, String mediaType, String body) {
        return contract().check(method, path, status, mediaType, body);
    }

    /** The violations of a JSON value against a named component schema (e.g. an example). */
    public List<String> checkComponent(String schemaName, JsonNode value) {
        return contract().validate(contract().registry.getSchema(
                SchemaLocation.of(DOCUMENT + "#/components/schemas/" + schemaName)), value);
    }

    private Contract contract() {
        if (contract == null) {
            synchronized (this) {
                if (contract == null) {
                    contract = new Contract(RestAssured.given().accept("application/json")
                            .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
                }
            }
        }
        return contract;
    }

    private static final class Contract {

        private final JsonNode document;
        private final SchemaRegistry registry;
        private final List<Map.Entry<Pattern, String>> templates = new ArrayList<>();
        private final Map<String, Optional<Schema>> schemas = new ConcurrentHashMap<>();

        Contract(String json) {
            try {
                document = JSON.readTree(json);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            // Strict: a field the document does not list is a violation too.
            document.path("components").path("schemas").forEach(schema -> {
                if (schema.has("properties") && schema instanceof ObjectNode object) {
                    object.put("unevaluatedProperties", false);
                }
            });
            registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                    builder -> builder.schemas(Map.of(DOCUMENT, document.toString())));
            document.path("paths").fieldNames().forEachRemaining(template -> templates.add(Map.entry(
                    Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+").replace(".", "\\.")), template)));
            // Literal segments win over parameters: /trainers/me before /trainers/{trainerId}.
            templates.sort(Comparator.comparing(e -> e.getValue().chars().filter(c -> c == '{').count()));
        }

        List<String> check(String method, String path, int status, String mediaType, String body) {
            Optional<String> template = templates.stream().filter(e -> e.getKey().matcher(path).matches())
                    .map(Map.Entry::getValue).findFirst();
            if (template.isEmpty()) {
                return List.of();
            }
            String key = method.toLowerCase() + " " + template.get() + " " + status + " " + mediaType;
            Optional<Schema> schema = schemas.computeIfAbsent(key, k -> schemaOf(method, template.get(), status,
                    mediaType));
            if (schema.isEmpty()) {
                return List.of();
            }
            try {
                return validate(schema.get(), JSON.readTree(body));
            } catch (Exception e) {
                return List.of("not JSON: " + e.getMessage());
            }
        }

        private Optional<Schema> schemaOf(String method, String template, int status, String mediaType) {
            JsonNode media = document.path("paths").path(template).path(method.toLowerCase()).path("responses")
                    .path(String.valueOf(status)).path("content").path(mediaType);
            if (media.path("schema").isMissingNode()) {
                return Optional.empty();
            }
            // Resolved against the document, so that its references reach the components.
            String schema = media.path("schema").toString().replace("\"#/components/", "\"" + DOCUMENT
                    + "#/components/");
            return Optional.of(registry.getSchema(SchemaLocation.of("urn:passerelle:" + method + template + status
                    + mediaType), schema, com.networknt.schema.InputFormat.JSON));
        }

        List<String> validate(Schema schema, JsonNode value) {
            List<String> violations = new ArrayList<>();
            for (Iterator<Error> it = schema.validate(value).iterator(); it.hasNext();) {
                Error error = it.next();
                violations.add(error.getInstanceLocation() + ": " + error.getMessage());
            }
            return violations;
        }
    }
}
