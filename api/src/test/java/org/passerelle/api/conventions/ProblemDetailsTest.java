package org.passerelle.api.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every kind of bad input answers application/problem+json with a 4xx, and changes nothing. */
@QuarkusTest
class ProblemDetailsTest {

    static final String PROBLEM = "application/problem+json";
    String org;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation("problems");
    }

    @Test
    void malformed_json_is_a_400() {
        as(admin(org)).body("{\"name\": ").post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Bad request"),
                        "detail", containsString("not valid JSON"));
        assertNoMember();
    }

    @Test
    void a_wrongly_typed_or_unknown_field_is_a_400_naming_the_field() {
        as(admin(org)).body(Map.of("name", "X", "kind", "CITY")).post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("kind"));
        as(admin(org)).body(Map.of("name", "X", "kind", "COMMUNE", "population", "many"))
                .post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("population"));
        as(admin(org)).body(Map.of("name", "X", "kind", "COMMUNE", "mayor", "Jean"))
                .post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("mayor"));
        as(admin(org)).queryParam("kind", "CITY").get("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("kind"));
        assertNoMember();
    }

    @Test
    void a_missing_body_is_a_400() {
        as(admin(org)).post("/api/v1/orgs/{org}/members", org).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void an_unknown_path_is_a_404() {
        as(admin(org)).get("/api/v1/nowhere").then().statusCode(404).contentType(PROBLEM)
                .body("instance", equalTo("/api/v1/nowhere"));
        as(admin(org)).get("/api/v1/orgs/{org}/members/not-a-uuid", org).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void no_token_or_a_forged_token_is_a_401_with_a_bearer_challenge() {
        given().get("/api/v1/orgs/{org}/members", org).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/api/v1/orgs/{org}/members", org).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void a_role_that_does_not_allow_the_action_is_a_403() {
        String learner = Fixtures.user("learner", org);
        Fixtures.person(org, admin(org), learner, java.util.List.of("learner"), null);
        as(learner).body(Map.of("name", "X", "kind", "COMMUNE")).post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void a_wrong_method_is_a_405_and_a_wrong_media_type_a_415() {
        as(admin(org)).put("/api/v1/me").then().statusCode(405).contentType(PROBLEM);
        as(admin(org)).contentType(ContentType.TEXT).body("name=X").post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(415).contentType(PROBLEM);
        assertNoMember();
    }

    @Test
    void a_body_over_the_limit_is_a_413() {
        String huge = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\",\"kind\":\"COMMUNE\"}";
        as(admin(org)).body(huge).post("/api/v1/orgs/{org}/members", org).then().statusCode(413).contentType(PROBLEM);
        assertNoMember();
    }

    @Test
    void updates_without_if_match_are_428_and_with_a_stale_one_412() {
        String id = Fixtures.member(org, "Mairie de Linxe");
        var body = Map.of("name", "Changed", "kind", "COMMUNE");
        as(admin(org)).body(body).put("/api/v1/orgs/{org}/members/{id}", org, id).then().statusCode(428)
                .contentType(PROBLEM);
        as(admin(org)).header("If-Match", "\"7\"").body(body).put("/api/v1/orgs/{org}/members/{id}", org, id)
                .then().statusCode(412).contentType(PROBLEM);
        as(admin(org)).get("/api/v1/orgs/{org}/members/{id}", org, id).then().body("name", equalTo("Mairie de Linxe"));
    }

    @Test
    void a_duplicate_is_a_409() {
        Fixtures.team(org, "Pôle Formation");
        as(admin(org)).body(Map.of("name", "Pôle Formation")).post("/api/v1/orgs/{org}/teams", org)
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void messages_follow_accept_language() {
        as(admin(org)).header("Accept-Language", "fr-FR,fr;q=0.9").body(Map.of("name", "", "kind", "COMMUNE"))
                .post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).body("title", equalTo("Données invalides"),
                        "errors[0].message", equalTo("ne doit pas être vide"));
        as(admin(org)).header("Accept-Language", "en").body(Map.of("name", "", "kind", "COMMUNE"))
                .post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(400).body("title", equalTo("Invalid input"),
                        "errors[0].message", equalTo("must not be blank"));
        as(admin(org)).header("Accept-Language", "fr").get("/api/v1/orgs/{org}/members/{id}", org,
                Fixtures.unknownId()).then().statusCode(404).body("title", equalTo("Introuvable"));
    }

    private void assertNoMember() {
        as(admin(org)).get("/api/v1/orgs/{org}/members", org).then().statusCode(200).body("items.size()", equalTo(0));
    }
}
