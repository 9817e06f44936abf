package org.passerelle.api.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/openapi holds the OpenAPI document that integrators read and that CI lints: it must be the one the
 * application serves (compared as JSON documents: key order may differ). The build writes a fresh copy into
 * api/target/openapi.
 */
@QuarkusTest
class OpenApiExportTest {

    @Test
    void the_committed_document_is_the_served_one() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode served = mapper.readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        JsonNode committed = mapper.readTree(Path.of("..", "docs", "openapi", "openapi.json").toFile());
        // assertTrue, not assertEquals: a failure should not print two copies of the whole document.
        assertTrue(served.equals(committed), "docs/openapi/openapi.json is stale: run ./mvnw package -DskipTests, "
                + "then cp api/target/openapi/openapi.json docs/openapi/");
    }
}
