package org.passerelle.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** SPAs on a configured origin may call the API from the browser; other origins may not. */
@QuarkusTest
class CorsTest {

    @Test
    void a_configured_spa_origin_passes_the_preflight() {
        given().header("Origin", "https://spa.passerelle.test").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/orgs/alpi/members/x")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://spa.passerelle.test")
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void a_spa_may_read_the_file_name_of_a_download_and_the_headers_it_acts_on() {
        String org = Fixtures.organisation("cors");
        given().auth().oauth2(Tokens.of(Fixtures.admin(org))).header("Origin", "https://spa.passerelle.test")
                .accept("text/csv")
                .get("/api/v1/orgs/{org}/tickets/export", org)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://spa.passerelle.test")
                .header("Content-Disposition", containsString("filename=\"tickets-" + org + ".csv\""))
                .header("Access-Control-Expose-Headers", allOf(containsString("Content-Disposition"),
                        containsString("ETag"), containsString("Location"), containsString("Link"),
                        containsString("Idempotent-Replayed"), containsString("Retry-After")));
    }

    @Test
    void another_origin_is_not_allowed() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/me")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
