package org.passerelle.api.support;

import static org.passerelle.api.support.Api.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds test data through the API, as a client would. Every organisation gets a unique slug so that
 * test classes never see each other's data, whatever order they run in.
 */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** A new organisation, with {@code admin@<slug>.test} registered as its admin. Returns the slug. */
    public static String organisation(String prefix) {
        String slug = prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
        as(Tokens.PLATFORM_ADMIN).body(Map.of("slug", slug, "name", "Org " + slug, "kind", "IT_AGENCY"))
                .post("/api/v1/orgs").then().statusCode(201);
        person(slug, Tokens.PLATFORM_ADMIN, admin(slug), List.of("admin"), null);
        return slug;
    }

    public static String admin(String slug) {
        return "admin@" + slug + ".test";
    }

    public static String user(String role, String slug) {
        return role + "@" + slug + ".test";
    }

    /** Registers {@code email} with roles, as {@code by}; returns the person id. */
    public static String person(String slug, String by, String email, List<String> roles, String memberId) {
        var body = new java.util.HashMap<String, Object>(Map.of("email", email, "name", "Person " + email,
                "roles", roles));
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        return as(by).body(body).post("/api/v1/orgs/{org}/people", slug).then().statusCode(201).extract().path("id");
    }

    public static String member(String slug, String name) {
        return member(slug, Map.of("name", name, "kind", "COMMUNE"));
    }

    public static String member(String slug, Map<String, Object> body) {
        return as(admin(slug)).body(body).post("/api/v1/orgs/{org}/members", slug).then().statusCode(201)
                .extract().path("id");
    }

    public static String team(String slug, String name) {
        return as(admin(slug)).body(Map.of("name", name)).post("/api/v1/orgs/{org}/teams", slug).then()
                .statusCode(201).extract().path("id");
    }

    public static String service(String slug, String code, String teamId) {
        return as(admin(slug)).body(Map.of("code", code, "name", "Service " + code, "teamId", teamId))
                .post("/api/v1/orgs/{org}/services", slug).then().statusCode(201).extract().path("id");
    }

    public static String unknownId() {
        return UUID.randomUUID().toString();
    }
}
