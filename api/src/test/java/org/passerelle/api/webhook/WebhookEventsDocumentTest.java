package org.passerelle.api.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document's {@code webhooks} describe every event a subscriber can receive: one entry per type the
 * modules declare (and the test event), with the signature headers, a body schema and an example whose data has
 * exactly the properties of that schema, so that a payload change cannot leave the document behind.
 */
@QuarkusTest
class WebhookEventsDocumentTest {

    private static final List<String> SIGNATURE_HEADERS = List.of("webhook-id", "webhook-timestamp", "webhook-signature");

    @Test
    void every_event_type_is_described_with_its_headers_schema_and_a_faithful_example() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        String org = Fixtures.organisation("hooks-doc");
        Set<String> types = new TreeSet<>(as(admin(org)).get("/api/v1/orgs/{org}/webhooks/event-types", org).then()
                .statusCode(200).extract().<String>jsonPath().getList("items"));
        types.add("webhook.test");
        assertEquals(types, new TreeSet<>(list(document.path("webhooks").fieldNames())));

        List<String> failures = new ArrayList<>();
        for (String type : types) {
            JsonNode post = document.path("webhooks").path(type).path("post");
            List<String> headers = new ArrayList<>();
            for (JsonNode p : post.path("parameters")) {
                JsonNode parameter = resolve(document, p);
                if (parameter.path("in").asText().equals("header") && parameter.path("required").asBoolean()) {
                    headers.add(parameter.path("name").asText());
                }
            }
            if (!headers.equals(SIGNATURE_HEADERS)) {
                failures.add(type + ": signature headers " + headers);
            }
            if (post.path("responses").path("2XX").isMissingNode() || post.path("operationId").asText().isEmpty()) {
                failures.add(type + ": no 2XX answer or no operationId");
            }
            JsonNode body = post.path("requestBody").path("content").path("application/json");
            JsonNode example = body.path("example");
            if (!example.path("type").asText().equals(type)) {
                failures.add(type + ": example of type " + example.path("type"));
            }
            JsonNode envelope = resolve(document, body.path("schema"));
            JsonNode data = null;
            JsonNode typeSchema = null;
            for (JsonNode part : envelope.path("allOf")) {
                data = part.path("properties").has("data") ? resolve(document, part.path("properties").path("data")) : data;
                typeSchema = part.path("properties").has("type") ? part.path("properties").path("type") : typeSchema;
            }
            if (data == null || typeSchema == null || !(typeSchema.path("const").asText().equals(type)
                    || list(typeSchema.path("enum").elements()).stream().anyMatch(t -> t.asText().equals(type)))) {
                failures.add(type + ": the schema names neither its type nor its data");
                continue;
            }
            Set<String> properties = new TreeSet<>(list(data.path("properties").fieldNames()));
            Set<String> shown = new TreeSet<>(list(example.path("data").fieldNames()));
            if (properties.isEmpty() || !properties.equals(shown)) {
                failures.add(type + ": example data " + shown + " but schema properties " + properties);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText();
        if (ref.isEmpty()) {
            return node;
        }
        JsonNode target = document;
        for (String step : ref.substring(2).split("/")) {
            target = target.path(step);
        }
        return target;
    }

    private static <T> List<T> list(Iterator<T> items) {
        List<T> list = new ArrayList<>();
        items.forEachRemaining(list::add);
        return list;
    }
}
