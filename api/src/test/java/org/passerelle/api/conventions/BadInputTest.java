package org.passerelle.api.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The refusals of malformed input that BadInputFuzzTest checks over every operation, told one by one: what the
 * caller reads, in its language, and that nothing was written.
 */
@QuarkusTest
class BadInputTest {

    static final String PROBLEM = "application/problem+json";
    String org;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation("bad-input");
    }

    @Test
    void many_invalid_items_answer_the_first_hundred_errors_in_order_and_count_the_rest() {
        String course = course();
        as(admin(org)).body(Map.of("courseId", course, "capacity", 3, "slots", Collections.nCopies(400, Map.of())))
                .post("/api/v1/orgs/{org}/training/sessions", org)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", hasSize(100), "omittedErrors", equalTo(1500),
                        "errors[0].field", equalTo("slots[0].day"), "errors[4].field", equalTo("slots[1].day"),
                        "errors[99].field", equalTo("slots[24].start"), "detail", containsString("and 1,590 more"));
        as(admin(org)).get("/api/v1/orgs/{org}/training/sessions", org).then().body("items", hasSize(0));
    }

    @Test
    void a_list_longer_than_allowed_is_refused_before_its_items_are_checked() {
        as(admin(org)).header("Accept-Language", "fr")
                .body(Map.of("heldOn", "2025-03-18", "title", "Réunion", "attendeeIds", Collections.nCopies(10_000, "")))
                .post("/api/v1/orgs/{org}/mission/committee/meetings", org)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("attendeeIds"), "errors[0].message", equalTo("au plus 100 éléments."));
        as(admin(org)).get("/api/v1/orgs/{org}/mission/committee/meetings", org).then().body("items", hasSize(0));
    }

    @Test
    void an_unreadable_accept_language_is_a_400_in_french_naming_the_header() {
        for (String path : List.of("/api/v1/orgs/" + org + "/members", "/api/v1/orgs/" + org + "/members/"
                + Fixtures.unknownId())) {
            as(admin(org)).header("Accept-Language", "fr;q=abc").get(path)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("title", equalTo("Données invalides"), "errors.field", contains("Accept-Language"),
                            "detail", containsString("fr;q=abc"));
        }
    }

    @Test
    void a_nul_character_is_refused_wherever_it_is_and_named() {
        as(admin(org)).body(Map.of("name", "Mairie\u0000", "kind", "COMMUNE")).post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("name"),
                        "errors[0].message", containsString("U+0000"));
        // A code, date or id would otherwise read it as blank space and drop it.
        as(admin(org)).body(Map.of("name", "Mairie", "kind", "COMMUNE\u0000")).post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).body("errors.field", contains("kind"));
        as(admin(org)).urlEncodingEnabled(false).get("/api/v1/orgs/{org}/members?q=Mai%00rie", org)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("q"));
        as(admin(org)).urlEncodingEnabled(false).get("/api/v1/orgs/" + org + "%00/members")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("org"));
        as(admin(org)).get("/api/v1/orgs/{org}/members", org).then().body("items", hasSize(0));
    }

    @Test
    void a_field_given_twice_is_refused_rather_than_the_last_one_winning() {
        as(admin(org)).body("{\"name\":\"Mairie de Linxe\",\"kind\":\"COMMUNE\",\"name\":\"Autre\"}")
                .post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("name"));
        as(admin(org)).body("{\"name\":\"Mairie\",\"kind\":\"COMMUNE\",\"address\":{\"city\":\"Linxe\",\"city\":\"Dax\"}}")
                .post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).body("errors.field", contains("address.city"));
        as(admin(org)).get("/api/v1/orgs/{org}/members", org).then().body("items", hasSize(0));
    }

    @Test
    void query_parameters_are_declared_and_typed_or_refused_naming_them() {
        as(admin(org)).queryParam("programmeType", "CATALOGUE").get("/api/v1/orgs/{org}/training/statistics", org)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("programmeType"),
                        "errors[0].message", containsString("from, to, year"));
        as(admin(org)).queryParam("limit", "abc").get("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("limit"),
                        "detail", equalTo("limit: 'abc' is not valid, expected a whole number."));
        as(admin(org)).queryParam("active", "yes").get("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).body("errors.field", contains("active"));
    }

    @Test
    void a_period_with_one_bound_names_the_missing_one() {
        as(admin(org)).queryParam("from", "2025-01-01").get("/api/v1/orgs/{org}/ticketing/statistics", org)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("to"));
        as(admin(org)).queryParam("to", "2025-12-31").get("/api/v1/orgs/{org}/training/statistics", org)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("from"));
    }

    @Test
    void a_body_less_action_takes_whatever_content_type_a_client_adds() {
        String session = as(admin(org)).body(Map.of("courseId", course(), "capacity", 3, "slots", List.of(Map.of(
                "day", "2027-03-02", "half", "MORNING", "start", "09:00", "end", "12:30"))))
                .post("/api/v1/orgs/{org}/training/sessions", org).then().statusCode(201).extract().path("id");
        // What curl -X POST -d '' sends: a form media type and no body.
        as(admin(org)).contentType("application/x-www-form-urlencoded").header("If-Match", "\"0\"")
                .post("/api/v1/orgs/{org}/training/sessions/{id}/open", org, session)
                .then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void an_address_or_headers_over_passerelles_limits_answer_414_and_431_problems() {
        as(admin(org)).get("/api/v1/orgs/" + org + "/members/" + "a".repeat(5_000))
                .then().statusCode(414).contentType(PROBLEM).body("type", equalTo("/problems/uri-too-long"),
                        "detail", containsString("4,096"));
        as(admin(org)).header("X-Note", "a".repeat(30_000)).get("/api/v1/orgs/{org}/members", org)
                .then().statusCode(431).contentType(PROBLEM).body("type", equalTo("/problems/headers-too-large"));
    }

    /**
     * Requests that are not valid HTTP never reach Passerelle: Quarkus and Vert.x refuse them with an empty 400
     * (docs/api-conventions.md). They are refusals all the same, never a 5xx.
     */
    @Test
    void what_is_not_valid_http_is_refused_by_the_http_layer() throws IOException {
        assertEquals("HTTP/1.1 400", statusLine("GET /api/v1/orgs/" + org + "/members/%zz HTTP/1.1\r\n"));
        assertEquals("HTTP/1.1 400", statusLine("GET /api/v1/orgs/" + org + "/members HTTP/1.1\r\nX-Note: a\u0001b\r\n"));
        given().get("/api/v1/orgs/" + org + "/members/" + "a".repeat(20_000)).then().statusCode(414);
    }

    private static String statusLine(String requestHead) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write((requestHead + "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.substring(0, "HTTP/1.1 400".length());
        }
    }

    private String course() {
        return as(admin(org)).body(Map.of("code", "LIBRE-1", "title", "Découvrir une suite bureautique libre",
                "objectives", "Créer et partager un document", "durationHours", 14, "modality", "VIRTUAL_CLASSROOM",
                "programmeType", "CATALOGUE", "published", true))
                .post("/api/v1/orgs/{org}/training/courses", org).then().statusCode(201).extract().path("id");
    }
}
