package org.passerelle.api.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TrainersTest {

    static final String TRAINERS = "/api/v1/orgs/{org}/training/trainers";

    String org;
    String trainer;
    String personId;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation("trainers");
        trainer = user("trainer", org);
        personId = Fixtures.person(org, admin(org), trainer, List.of("trainer"), null);
    }

    Map<String, Object> profile(String person) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("kind", "INDEPENDENT");
        body.put("competences", List.of("inclusion numérique", "soft skills"));
        body.put("certifications", List.of(
                Map.of("name", "FEFAD", "obtainedOn", "2023-01-10", "expiresOn", "2026-01-10"),
                Map.of("name", "Habilitation PIX", "obtainedOn", "2024-05-01")));
        body.put("upkeep", List.of(Map.of("doneOn", "2024-06-12", "title", "Webinaire accessibilité", "hours", 2)));
        return body;
    }

    @Test
    void a_trainer_profile_records_competences_certifications_with_expiry_and_upkeep() {
        as(admin(org)).body(profile(personId)).post(TRAINERS, org).then().statusCode(201).header("ETag", "\"0\"")
                .body("kind", equalTo("INDEPENDENT"), "name", equalTo("Person " + trainer),
                        "competences", contains("inclusion numérique", "soft skills"),
                        "certifications.name", contains("FEFAD", "Habilitation PIX"),
                        "expiredCertifications", contains("FEFAD"), "upkeep[0].hours", equalTo(2),
                        "hoursTaught", equalTo(0.0f));
        as(admin(org)).body(profile(personId)).post(TRAINERS, org).then().statusCode(409);
    }

    @Test
    void invalid_profiles_are_refused() {
        Map<String, Object> body = profile(personId);
        body.put("kind", null);
        body.put("upkeep", List.of(Map.of("doneOn", "2024-06-12", "title", "", "hours", 0)));
        as(admin(org)).body(body).post(TRAINERS, org).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("kind", "upkeep[0].hours", "upkeep[0].title"));

        Map<String, Object> expiry = profile(personId);
        expiry.put("certifications", List.of(Map.of("name", "FEFAD", "obtainedOn", "2023-01-10",
                "expiresOn", "2022-01-10")));
        as(admin(org)).body(expiry).post(TRAINERS, org).then().statusCode(422)
                .body("errors.field", contains("certifications[0].expiresOn"));

        String learnerId = Fixtures.person(org, admin(org), user("learner", org), List.of("learner"), null);
        as(admin(org)).body(profile(learnerId)).post(TRAINERS, org).then().statusCode(422)
                .body("errors.field", contains("personId"));
        as(admin(org)).get(TRAINERS, org).then().body("items", empty());
    }

    @Test
    void hours_taught_sum_the_past_slots_of_running_or_completed_sessions_only() {
        String id = as(admin(org)).body(profile(personId)).post(TRAINERS, org).then().statusCode(201).extract()
                .path("id");
        String courseId = CoursesTest.create(org, CoursesTest.course("CN-01", "Accompagner"));
        List<Map<String, Object>> slots = List.of(
                SessionsTest.slot("2024-03-04", "MORNING", "09:00", "12:30"),
                SessionsTest.slot("2024-03-04", "AFTERNOON", "13:30", "17:00"));
        Map<String, Object> body = Map.of("courseId", courseId, "capacity", 10, "slots", slots, "trainerIds",
                List.of(personId));
        String taught = as(admin(org)).body(body).post("/api/v1/orgs/{org}/training/sessions", org).then()
                .statusCode(201).extract().path("id");
        String cancelled = as(admin(org)).body(body).post("/api/v1/orgs/{org}/training/sessions", org).then()
                .statusCode(201).extract().path("id");
        int version = 0;
        for (String action : List.of("open", "start", "complete")) {
            as(admin(org)).header("If-Match", "\"" + version++ + "\"")
                    .post("/api/v1/orgs/{org}/training/sessions/{id}/" + action, org, taught).then().statusCode(200);
        }
        as(admin(org)).header("If-Match", "\"0\"")
                .post("/api/v1/orgs/{org}/training/sessions/{id}/cancel", org, cancelled).then().statusCode(200);

        as(admin(org)).get(TRAINERS + "/{id}", org, id).then().statusCode(200).body("hoursTaught", equalTo(7.0f));
        as(trainer).get(TRAINERS + "/me", org).then().statusCode(200).body("hoursTaught", equalTo(7.0f));
    }

    @Test
    void updates_need_the_current_etag_and_keep_the_person() {
        String id = as(admin(org)).body(profile(personId)).post(TRAINERS, org).then().statusCode(201).extract()
                .path("id");
        Map<String, Object> staff = profile(personId);
        staff.put("kind", "STAFF");
        staff.put("upkeep", List.of());
        as(admin(org)).body(staff).put(TRAINERS + "/{id}", org, id).then().statusCode(428);
        as(admin(org)).header("If-Match", "\"0\"").body(staff).put(TRAINERS + "/{id}", org, id).then()
                .statusCode(200).header("ETag", "\"1\"").body("kind", equalTo("STAFF"), "upkeep", empty());
        as(admin(org)).header("If-Match", "\"0\"").body(staff).put(TRAINERS + "/{id}", org, id).then()
                .statusCode(412);
        as(admin(org)).queryParam("kind", "STAFF").get(TRAINERS, org).then().body("items.id", contains(id));
        as(admin(org)).queryParam("kind", "INDEPENDENT").get(TRAINERS, org).then().body("items", empty());
    }

    @Test
    void a_trainer_reads_only_its_own_profile_and_another_organisation_nothing() {
        String id = as(admin(org)).body(profile(personId)).post(TRAINERS, org).then().statusCode(201).extract()
                .path("id");
        String colleague = user("colleague", org);
        String colleagueId = Fixtures.person(org, admin(org), colleague, List.of("trainer"), null);
        String theirs = as(admin(org)).body(profile(colleagueId)).post(TRAINERS, org).then().statusCode(201)
                .extract().path("id");
        as(trainer).get(TRAINERS + "/{id}", org, id).then().statusCode(200);
        as(trainer).get(TRAINERS + "/{id}", org, theirs).then().statusCode(404);
        as(trainer).get(TRAINERS, org).then().statusCode(403);
        as(trainer).header("If-Match", "\"0\"").body(profile(personId)).put(TRAINERS + "/{id}", org, id).then()
                .statusCode(403);

        String other = Fixtures.organisation("other");
        as(admin(other)).get(TRAINERS + "/{id}", other, id).then().statusCode(404);
        as(admin(other)).get(TRAINERS + "/{id}", org, id).then().statusCode(404);
        as(admin(other)).get(TRAINERS, other).then().body("items", empty());
    }
}
