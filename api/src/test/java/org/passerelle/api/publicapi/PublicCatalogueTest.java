package org.passerelle.api.publicapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** Anyone reads an organisation's published catalogue, without a token, and may cache it. */
@QuarkusTest
class PublicCatalogueTest {

    static final String CATALOGUE = "/api/v1/public/orgs/{org}/courses";

    String org;
    String published;
    String draft;

    @BeforeEach
    void catalogue() {
        org = Fixtures.organisation("catalogue");
        published = course(org, "CN-01", "Accompagner les usagers", true);
        draft = course(org, "CN-02", "Brouillon", false);
        course(org, "AA-01", "Animer un atelier", true);
    }

    static String course(String org, String code, String title, boolean published) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "title", title, "objectives",
                "Identifier les besoins de l'usager", "durationHours", 14, "modality", "VIRTUAL_CLASSROOM",
                "programmeType", "CATALOGUE", "published", published));
        body.put("accessDelay", "7 jours");
        return as(admin(org)).body(body).post("/api/v1/orgs/{org}/training/courses", org).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void the_published_programme_sheets_are_readable_without_a_token_and_cacheable() {
        given().get(CATALOGUE, org).then().statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .body("organisation", equalTo(org), "courses.code", contains("AA-01", "CN-01"),
                        "courses[1].accessDelay", equalTo("7 jours"));
        given().get(CATALOGUE + "/{id}", org, published).then().statusCode(200)
                .header("Cache-Control", "public, max-age=300").body("title", equalTo("Accompagner les usagers"));
    }

    @Test
    void an_unchanged_catalogue_answers_304_and_an_edit_changes_its_etag() {
        String etag = given().get(CATALOGUE, org).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(CATALOGUE, org).then().statusCode(304)
                .header("ETag", etag).header("Cache-Control", "public, max-age=300");

        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("code", "CN-01", "title", "Accompagner les usagers (v2)",
                "objectives", "Identifier les besoins de l'usager", "durationHours", 14, "modality", "VIRTUAL_CLASSROOM",
                "programmeType", "CATALOGUE", "published", true))
                .put("/api/v1/orgs/{org}/training/courses/{id}", org, published).then().statusCode(200);
        String changed = given().header("If-None-Match", etag).get(CATALOGUE, org).then().statusCode(200)
                .body("courses[1].title", equalTo("Accompagner les usagers (v2)")).extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void drafts_other_organisations_and_unknown_ones_stay_invisible() {
        given().get(CATALOGUE + "/{id}", org, draft).then().statusCode(404).contentType("application/problem+json");
        String other = Fixtures.organisation("catalogue-other");
        given().get(CATALOGUE + "/{id}", other, published).then().statusCode(404);
        given().get(CATALOGUE, other).then().statusCode(200).body("courses.size()", equalTo(0));
        given().get(CATALOGUE, "no-such-organisation").then().statusCode(404).contentType("application/problem+json");
    }
}
