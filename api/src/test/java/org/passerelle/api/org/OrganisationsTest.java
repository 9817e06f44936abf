package org.passerelle.api.org;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrganisationsTest {

    @Test
    void a_platform_admin_creates_an_organisation_and_gets_its_id() {
        String slug = "created-" + System.nanoTime();
        as(Tokens.PLATFORM_ADMIN)
                .body(Map.of("slug", slug, "name", "Landes Numérique", "kind", "IT_AGENCY"))
                .post("/api/v1/orgs")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/orgs/" + slug))
                .header("ETag", "\"0\"")
                .body("id", notNullValue(), "slug", equalTo(slug), "timeZone", equalTo("Europe/Paris"));
    }

    @Test
    void a_duplicate_slug_is_a_conflict() {
        String slug = Fixtures.organisation("dup");
        as(Tokens.PLATFORM_ADMIN).body(Map.of("slug", slug, "name", "Again", "kind", "OTHER"))
                .post("/api/v1/orgs")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409), "detail", equalTo("An organisation with slug '" + slug + "' already exists."));
    }

    @Test
    void only_a_platform_admin_creates_organisations() {
        String slug = Fixtures.organisation("only");
        as(admin(slug)).body(Map.of("slug", "by-admin-" + System.nanoTime(), "name", "Nope", "kind", "OTHER"))
                .post("/api/v1/orgs")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void invalid_organisations_are_refused_field_by_field() {
        as(Tokens.PLATFORM_ADMIN)
                .body(Map.of("slug", "Not A Slug", "name", "", "kind", "IT_AGENCY", "siren", "123456789",
                        "timeZone", "Mars/Olympus"))
                .post("/api/v1/orgs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"),
                        "errors.field", containsInAnyOrder("name", "siren", "slug", "timeZone"));
    }

    @Test
    void a_caller_lists_only_its_organisations() {
        String mine = Fixtures.organisation("mine");
        String other = Fixtures.organisation("other");
        as(admin(mine)).get("/api/v1/orgs").then().statusCode(200)
                .body("items.slug", hasItem(mine), "items.slug", not(hasItem(other)));
        as(Tokens.PLATFORM_ADMIN).get("/api/v1/orgs").then().statusCode(200)
                .body("items.slug", hasItem(mine), "items.slug", hasItem(other));
        as("nobody-" + System.nanoTime() + "@example.org").get("/api/v1/orgs").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void an_admin_updates_its_organisation_with_if_match() {
        String slug = Fixtures.organisation("upd");
        String etag = as(admin(slug)).get("/api/v1/orgs/{org}", slug).then().statusCode(200).extract().header("ETag");
        var update = Map.of("name", "Agence renommée", "kind", "COOPERATIVE", "timeZone", "America/Cayenne",
                "siren", "732829320");
        as(admin(slug)).body(update).put("/api/v1/orgs/{org}", slug).then().statusCode(428);
        as(admin(slug)).header("If-Match", etag).body(update).put("/api/v1/orgs/{org}", slug)
                .then().statusCode(200).header("ETag", "\"1\"").body("timeZone", equalTo("America/Cayenne"));
        as(admin(slug)).header("If-Match", etag).body(update).put("/api/v1/orgs/{org}", slug)
                .then().statusCode(412).contentType("application/problem+json");
    }
}
