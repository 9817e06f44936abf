package org.passerelle.api.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.anonymous;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** Headers that keep browsers and caches from misusing what the API answers. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void answers_to_a_token_are_never_stored_and_never_sniffed() {
        String org = Fixtures.organisation("headers");
        as(admin(org)).get("/api/v1/orgs/{org}/members", org).then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        as(admin(org)).get("/api/v1/orgs/{org}/members/{id}", org, Fixtures.unknownId()).then().statusCode(404)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        anonymous().get("/api/v1/orgs/{org}/members", org).then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff");
        // Said once: a repeated header is what a proxy or a strict client may refuse.
        assertEquals(List.of("nosniff"), as(admin(org)).get("/api/v1/orgs/{org}/members", org).headers()
                .getValues("X-Content-Type-Options"));
    }

    @Test
    void html_documents_run_nothing_and_cannot_be_framed() {
        String org = Fixtures.organisation("headers-html");
        as(admin(org)).accept("text/html").get("/api/v1/orgs/{org}/mission/reports/{year}?format=html", org, 2025)
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("X-Frame-Options", equalTo("DENY"));
    }
}
