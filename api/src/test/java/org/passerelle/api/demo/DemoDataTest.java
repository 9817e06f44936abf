package org.passerelle.api.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.passerelle.api.support.Api.as;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The README's first command runs the API with demo data: it must load, and be usable by the demo users. The data
 * is loaded as {@code passerelle.demo-data.enabled=true} loads it at start-up, into the suite's database rather
 * than under a test profile of its own (which would restart Quarkus); its organisations, {@code alpi} and
 * {@code alphalia}, are the demo's alone.
 */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData.Loader loader;

    @BeforeEach
    void demoData() {
        load(loader);
    }

    /** The start-up observer, enabled; the second time and after, it finds the data there and leaves it. */
    static void load(DemoData.Loader loader) {
        new DemoData().load(null, true, loader);
    }

    @Test
    void the_agency_desk_and_the_training_catalogue_are_there_for_their_users() {
        as("agent@alpi.test").get("/api/v1/orgs/alpi/tickets").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(3));
        given().get("/api/v1/public/orgs/alphalia/courses").then().statusCode(200)
                .body("courses.code", contains("CNUM-INIT", "EMANCIP-01", "LIBRE-01", "SOFT-01"));
        String held = as("learner@alphalia.test").get("/api/v1/orgs/alphalia/training/enrolments").then().statusCode(200)
                .body("items.size()", equalTo(2)).extract().path("items.find { it.status == 'COMPLETED' }.id");
        // Its send log is not empty: convocation, certificate (on completion), hot survey invitation.
        as("learner@alphalia.test").get("/api/v1/orgs/alphalia/training/enrolments/{e}/communications", held).then()
                .statusCode(200).body("items.kind", containsInAnyOrder("CONVOCATION", "CERTIFICATE", "HOT_SURVEY"));
        as("trainer@alphalia.test").get("/api/v1/orgs/alphalia/training/trainers/me").then().statusCode(200)
                .body("certifications.name", contains("FEFAD"));
        // The member structure's contact follows its agents and accepted the agreement of the held session.
        String structure = as("learner@alphalia.test").get("/api/v1/orgs/alphalia/training/enrolments")
                .path("items[0].memberId");
        as("contact@alphalia.test").get("/api/v1/orgs/alphalia/training/members/{m}/agents", structure).then()
                .statusCode(200).body("items.size()", equalTo(2));
        // The mission: its committee president can answer the open Sésame campaign; the report renders.
        as("committee@alphalia.test").body(Map.of("answers", List.of(Map.of("criterion", "SINGULARITY", "score", 3))))
                .put("/api/v1/orgs/alphalia/mission/sesame/2025/answers/me").then().statusCode(200);
        as("admin@alphalia.test").get("/api/v1/orgs/alphalia/mission/reports/2024").then().statusCode(200)
                .body("objectives.operational.code.flatten().size()", equalTo(8),
                        "committee.members.size()", equalTo(8));
        as("auditor@alphalia.test").queryParam("format", "pdf").get("/api/v1/orgs/alphalia/mission/reports/2024")
                .then().statusCode(200).contentType("application/pdf");
    }
}
