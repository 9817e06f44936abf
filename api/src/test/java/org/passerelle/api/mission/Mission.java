package org.passerelle.api.mission;

import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds mission data through the API, as an organisation's admin would. */
final class Mission {

    static final String BASE = "/api/v1/orgs/{org}/mission";

    private Mission() {
    }

    static String objective(String org, String parentId, String code, String title, String description) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "title", title));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        if (description != null) {
            body.put("description", description);
        }
        return as(admin(org)).body(body).post(BASE + "/objectives", org).then().statusCode(201).extract().path("id");
    }

    static void action(String org, String objectiveId, int year, String planned, String progress, Integer percent) {
        Map<String, Object> body = new HashMap<>(Map.of("planned", planned, "progress", progress));
        if (percent != null) {
            body.put("percent", percent);
        }
        as(admin(org)).body(body).put(BASE + "/objectives/{id}/actions/{year}", org, objectiveId, year).then()
                .statusCode(200);
    }

    /** An indicator of an objective; {@code source} null for typed-in values. */
    static String indicator(String org, String objectiveId, String name, String type, String unit, String source,
            List<Map<String, Object>> targets) {
        Map<String, Object> body = new HashMap<>(Map.of("objectiveId", objectiveId, "name", name, "type", type,
                "unit", unit, "direction", "AT_LEAST", "targets", targets));
        if (source != null) {
            body.put("sourceKey", source);
        }
        return as(admin(org)).body(body).post(BASE + "/indicators", org).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> target(int year, Object value, String label) {
        Map<String, Object> t = new HashMap<>(Map.of("year", year));
        if (value != null) {
            t.put("value", value);
        }
        if (label != null) {
            t.put("label", label);
        }
        return t;
    }

    static String measurement(String org, String indicatorId, int year, Object value) {
        return as(admin(org)).body(Map.of("year", year, "value", value, "note", "Bilan pédagogique"))
                .post(BASE + "/indicators/{id}/measurements", org, indicatorId).then().statusCode(201).extract()
                .path("id");
    }

    /** A committee seat; {@code personId} null for an external member. */
    static String seat(String org, String personId, String name, String role, boolean employee, String bio) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "role", role, "employee", employee,
                "termStart", "2024-12-01"));
        if (personId != null) {
            body.put("personId", personId);
        }
        if (bio != null) {
            body.put("bio", bio);
        }
        return as(admin(org)).body(body).post(BASE + "/committee/members", org).then().statusCode(201).extract()
                .path("id");
    }

    static Map<String, Object> answer(String criterion, int score, String comment) {
        Map<String, Object> a = new HashMap<>(Map.of("criterion", criterion, "score", score));
        if (comment != null) {
            a.put("comment", comment);
        }
        return a;
    }
}
