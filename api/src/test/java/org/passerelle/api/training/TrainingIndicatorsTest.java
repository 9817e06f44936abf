package org.passerelle.api.training;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
public class TrainingIndicatorsTest {

    static final String INDICATORS = "/api/v1/orgs/{org}/indicators/{key}";

    /** A session of one morning, taken through open → start → complete (or cancelled). */
    public static String held(String org, String courseId, List<String> trainers, boolean openSource, String day,
            boolean cancel) {
        Map<String, Object> body = Map.of("courseId", courseId, "capacity", 10, "trainerIds", trainers,
                "openSourceAlternatives", openSource,
                "slots", List.of(SessionsTest.slot(day, "MORNING", "09:00", "12:30")));
        String id = as(admin(org)).body(body).post("/api/v1/orgs/{org}/training/sessions", org).then().statusCode(201)
                .extract().path("id");
        List<String> actions = cancel ? List.of("cancel") : List.of("open", "start", "complete");
        int version = 0;
        for (String action : actions) {
            as(admin(org)).header("If-Match", "\"" + version++ + "\"")
                    .post("/api/v1/orgs/{org}/training/sessions/{id}/" + action, org, id).then().statusCode(200);
        }
        return id;
    }

    @Test
    void active_trainers_and_the_open_source_share_are_computed_from_held_sessions_of_the_period() {
        String org = Fixtures.organisation("trind");
        String a = Fixtures.person(org, admin(org), user("a", org), List.of("trainer"), null);
        String b = Fixtures.person(org, admin(org), user("b", org), List.of("trainer"), null);
        String c = Fixtures.person(org, admin(org), user("c", org), List.of("trainer"), null);
        String course = CoursesTest.create(org, CoursesTest.course("IND-01", "Indicateurs"));
        held(org, course, List.of(a, b), true, "2024-03-04", false);
        held(org, course, List.of(a), false, "2024-05-06", false);
        held(org, course, List.of(c), true, "2024-06-03", true); // cancelled: not held
        held(org, course, List.of(c), true, "2023-06-05", false); // another year

        as(admin(org)).get("/api/v1/orgs/{org}/indicators", org).then().statusCode(200)
                .body("items.key", hasItem("training.trainers.active"));
        as(admin(org)).queryParam("year", 2024).get(INDICATORS, org, "training.trainers.active").then()
                .statusCode(200).body("value", equalTo(2), "unit", equalTo("COUNT"), "provenance.recordCount",
                        equalTo(3));
        as(admin(org)).queryParam("year", 2024).get(INDICATORS, org, "training.sessions.open-source-share").then()
                .statusCode(200).body("value", equalTo(50.0f), "unit", equalTo("PERCENT"),
                        "provenance.recordCount", equalTo(2));
        as(admin(org)).queryParam("year", 2022).get(INDICATORS, org, "training.sessions.open-source-share").then()
                .statusCode(200).body("value", nullValue());

        String other = Fixtures.organisation("other");
        as(admin(other)).queryParam("year", 2024).get(INDICATORS, other, "training.trainers.active").then()
                .statusCode(200).body("value", equalTo(0));
    }
}
