package org.passerelle.api.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
public class SessionsTest {

    static final String SESSIONS = "/api/v1/orgs/{org}/training/sessions";

    String org;
    String courseId;
    String trainer;
    String trainerId;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation("sessions");
        courseId = CoursesTest.create(org, CoursesTest.course("CN-01", "Accompagner les usagers"));
        trainer = user("trainer", org);
        trainerId = Fixtures.person(org, admin(org), trainer, List.of("trainer"), null);
    }

    public static Map<String, Object> slot(String day, String half, String start, String end) {
        return Map.of("day", day, "half", half, "start", start, "end", end);
    }

    Map<String, Object> session(List<String> trainers) {
        Map<String, Object> body = new HashMap<>();
        body.put("courseId", courseId);
        body.put("virtualRoomUrl", "https://visio.example.test/cn-01");
        body.put("synchronousRemote", true);
        body.put("capacity", 20);
        body.put("minParticipants", 6);
        body.put("openSourceAlternatives", true);
        body.put("slots", List.of(slot("2026-03-02", "MORNING", "09:00", "12:30"),
                slot("2026-03-02", "AFTERNOON", "13:30", "17:00")));
        body.put("trainerIds", trainers);
        return body;
    }

    String create(Map<String, Object> body) {
        return as(admin(org)).body(body).post(SESSIONS, org).then().statusCode(201).extract().path("id");
    }

    @Test
    void a_session_is_planned_as_a_draft_with_half_day_slots_in_the_organisation_zone() {
        as(admin(org)).body(session(List.of(trainerId))).post(SESSIONS, org).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"), "courseCode", equalTo("CN-01"), "capacity", equalTo(20),
                        "minParticipants", equalTo(6), "openSourceAlternatives", equalTo(true),
                        "synchronousRemote", equalTo(true), "slots", hasSize(2),
                        // Paris is UTC+1 in March: 09:00 local is 08:00Z.
                        "slots[0].startsAt", equalTo("2026-03-02T08:00:00Z"), "slots[1].half", equalTo("AFTERNOON"),
                        "startsAt", equalTo("2026-03-02T08:00:00Z"), "endsAt", equalTo("2026-03-02T16:00:00Z"),
                        "trainerIds", contains(trainerId));
    }

    @Test
    void invalid_sessions_are_refused_with_the_faulty_field() {
        Map<String, Object> body = session(List.of());
        body.put("capacity", 0);
        body.put("virtualRoomUrl", "ftp://nope");
        as(admin(org)).body(body).post(SESSIONS, org).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("capacity", "virtualRoomUrl"));

        Map<String, Object> minAbove = session(List.of());
        minAbove.put("minParticipants", 30);
        as(admin(org)).body(minAbove).post(SESSIONS, org).then().statusCode(422)
                .body("errors.field", contains("minParticipants"));

        Map<String, Object> lateMorning = session(List.of());
        lateMorning.put("slots", List.of(slot("2026-03-02", "MORNING", "14:00", "17:00")));
        as(admin(org)).body(lateMorning).post(SESSIONS, org).then().statusCode(422)
                .body("errors.field", contains("slots[0]"));

        Map<String, Object> twice = session(List.of());
        twice.put("slots", List.of(slot("2026-03-02", "MORNING", "09:00", "12:00"),
                slot("2026-03-02", "MORNING", "09:30", "12:00")));
        as(admin(org)).body(twice).post(SESSIONS, org).then().statusCode(422).body("errors.field", contains("slots[1]"));

        String agent = user("agent", org);
        String agentId = Fixtures.person(org, admin(org), agent, List.of("agent"), null);
        as(admin(org)).body(session(List.of(agentId))).post(SESSIONS, org).then().statusCode(422)
                .body("errors.field", contains("trainerIds[0]"));

        Map<String, Object> unknownCourse = session(List.of());
        unknownCourse.put("courseId", Fixtures.unknownId());
        as(admin(org)).body(unknownCourse).post(SESSIONS, org).then().statusCode(422)
                .body("errors.field", contains("courseId"));
        as(admin(org)).get(SESSIONS, org).then().body("items", empty());
    }

    @Test
    void the_lifecycle_is_a_set_of_explicit_actions() {
        Map<String, Object> noSlot = session(List.of());
        noSlot.put("slots", List.of());
        String empty = create(noSlot);
        as(admin(org)).header("If-Match", "\"0\"").post(SESSIONS + "/{id}/open", org, empty).then().statusCode(409);

        String id = create(session(List.of(trainerId)));
        as(admin(org)).header("If-Match", "\"0\"").post(SESSIONS + "/{id}/complete", org, id).then().statusCode(409)
                .contentType("application/problem+json");
        as(admin(org)).post(SESSIONS + "/{id}/open", org, id).then().statusCode(428);
        as(admin(org)).header("If-Match", "\"0\"").post(SESSIONS + "/{id}/open", org, id).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("OPEN"));
        as(admin(org)).header("If-Match", "\"0\"").post(SESSIONS + "/{id}/start", org, id).then().statusCode(412);
        as(admin(org)).header("If-Match", "\"1\"").post(SESSIONS + "/{id}/start", org, id).then().statusCode(200)
                .body("status", equalTo("RUNNING"));
        as(admin(org)).header("If-Match", "\"2\"").body(session(List.of())).put(SESSIONS + "/{id}", org, id).then()
                .statusCode(409);
        as(admin(org)).header("If-Match", "\"2\"").post(SESSIONS + "/{id}/cancel", org, id).then().statusCode(409);
        as(admin(org)).header("If-Match", "\"2\"").post(SESSIONS + "/{id}/complete", org, id).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        as(trainer).header("If-Match", "\"3\"").post(SESSIONS + "/{id}/cancel", org, id).then().statusCode(403);
    }

    @Test
    void slots_and_trainers_are_replaced_by_an_update_that_bumps_the_version() {
        String id = create(session(List.of()));
        Map<String, Object> changed = session(List.of(trainerId));
        changed.put("slots", List.of(slot("2026-03-02", "MORNING", "09:00", "12:30"),
                slot("2026-03-03", "MORNING", "09:00", "12:30")));
        as(admin(org)).header("If-Match", "\"0\"").body(changed).put(SESSIONS + "/{id}", org, id).then()
                .statusCode(200).header("ETag", "\"1\"").body("slots.day", contains("2026-03-02", "2026-03-03"),
                        "trainerIds", contains(trainerId), "endsAt", equalTo("2026-03-03T11:30:00Z"));
    }

    @Test
    void a_trainer_sees_only_the_sessions_it_teaches() {
        String mine = create(session(List.of(trainerId)));
        String other = create(session(List.of()));
        as(trainer).get(SESSIONS, org).then().statusCode(200).body("items.id", contains(mine));
        as(trainer).queryParam("trainerId", Fixtures.unknownId()).get(SESSIONS, org).then()
                .body("items.id", contains(mine));
        as(trainer).get(SESSIONS + "/{id}", org, mine).then().statusCode(200);
        as(trainer).get(SESSIONS + "/{id}", org, other).then().statusCode(404);
        as(trainer).accept("text/calendar, application/problem+json").get(SESSIONS + "/{id}/calendar.ics", org, other)
                .then().statusCode(404);
        as(trainer).body(session(List.of())).post(SESSIONS, org).then().statusCode(403);
        as(admin(org)).queryParam("trainerId", trainerId).get(SESSIONS, org).then().body("items.id", contains(mine));
        as(admin(org)).get(SESSIONS, org).then().body("items", hasSize(2));

        String learner = user("learner", org);
        Fixtures.person(org, admin(org), learner, List.of("learner"), null);
        as(learner).get(SESSIONS, org).then().statusCode(403);
        as(learner).get(SESSIONS + "/{id}", org, mine).then().statusCode(404);
    }

    @Test
    void a_course_with_sessions_cannot_be_deleted() {
        create(session(List.of()));
        as(admin(org)).header("If-Match", "\"0\"").delete(CoursesTest.COURSES + "/{id}", org, courseId).then()
                .statusCode(409).contentType("application/problem+json");
        as(admin(org)).get(CoursesTest.COURSES + "/{id}", org, courseId).then().statusCode(200);
    }

    @Test
    void another_organisation_sees_nothing() {
        String id = create(session(List.of(trainerId)));
        String other = Fixtures.organisation("other");
        as(admin(other)).get(SESSIONS + "/{id}", other, id).then().statusCode(404);
        as(admin(other)).get(SESSIONS + "/{id}", org, id).then().statusCode(404);
        as(admin(other)).header("If-Match", "\"0\"").post(SESSIONS + "/{id}/open", other, id).then().statusCode(404);
        as(admin(other)).get(SESSIONS, other).then().body("items", empty());
        as(admin(other)).body(session(List.of())).post(SESSIONS, other).then().statusCode(422)
                .body("errors.field", contains("courseId"));
    }

    @Test
    void the_icalendar_export_has_one_event_per_half_day() {
        String id = create(session(List.of(trainerId)));
        String ics = as(trainer).accept("text/calendar").get(SESSIONS + "/{id}/calendar.ics", org, id).then()
                .statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        assertEquals(2, ics.split("BEGIN:VEVENT").length - 1, ics);
        assertTrue(ics.contains("DTSTART:20260302T080000Z"), ics);
        assertTrue(ics.contains("DTEND:20260302T160000Z"), ics);
        assertTrue(ics.contains("SUMMARY:CN-01 — Accompagner les usagers"), ics);
        assertTrue(ics.contains("URL:https://visio.example.test/cn-01"), ics);
        as(admin(org)).accept("text/calendar").get(SESSIONS + "/{id}/calendar.ics", org, id).then()
                .statusCode(200).body(containsString("STATUS:CONFIRMED"));
    }
}
