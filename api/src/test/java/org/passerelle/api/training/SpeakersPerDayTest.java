package org.passerelle.api.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A session of three days with a different speaker each day (as Emancip'Asso runs them): each half-day names its
 * trainer, the hours taught and BPF section E go to whoever taught, a day's speaker sees the session but marks only
 * its own half-days, and the learner's convocation lists each half-day with its speaker.
 */
@QuarkusTest
class SpeakersPerDayTest {

    static final String TRAINING = "/api/v1/orgs/{org}/training";

    String org;
    String aline;
    String bruno;
    String chloe;
    String session;
    List<String> slots;
    String seat;

    @BeforeEach
    void three_days_three_speakers() {
        org = Fixtures.organisation("emancip");
        Map<String, Object> c = CoursesTest.course("EMANCIP-01", "Émancipation numérique des associations");
        c.put("objectives", "Choisir des outils libres adaptés à son association.");
        c.put("disabilityAccess", "Référente handicap : Nadia Leroy, handicap@emancip.test");
        String course = CoursesTest.create(org, c);
        aline = speaker("aline", "Aline Martin", "STAFF");
        bruno = speaker("bruno", "Bruno Petit", "INDEPENDENT");
        chloe = speaker("chloe", "Chloé Durand", "INDEPENDENT");
        // Days 1 and 3 name their speakers when planned; day 2's is set on its half-days afterwards.
        Map<String, Object> body = new HashMap<>(Map.of("courseId", course, "capacity", 10, "trainerIds", List.of(),
                "place", "Maison des associations, 12 rue du Port, Lyon", "whatToBring", "Un ordinateur portable",
                "slots", List.of(slot("2025-03-03", "MORNING", "09:00", "12:30", aline),
                        slot("2025-03-03", "AFTERNOON", "13:30", "17:00", aline),
                        slot("2025-03-04", "MORNING", "09:00", "12:30", null),
                        slot("2025-03-04", "AFTERNOON", "13:30", "17:00", null),
                        slot("2025-03-05", "MORNING", "09:00", "12:30", chloe),
                        slot("2025-03-05", "AFTERNOON", "13:30", "17:00", chloe))));
        session = as(admin(org)).body(body).post(TRAINING + "/sessions", org).then().statusCode(201).extract()
                .path("id");
        slots = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract().path("slots.id");
        for (String slot : slots.subList(2, 4)) {
            String etag = as(admin(org)).get(TRAINING + "/sessions/{s}/slots/{slot}", org, session, slot).then()
                    .statusCode(200).body("trainerIds", empty()).extract().header("ETag");
            as(admin(org)).header("If-Match", etag).body(Map.of("personId", bruno))
                    .put(TRAINING + "/sessions/{s}/slots/{slot}/trainer", org, session, slot).then().statusCode(200)
                    .body("trainerId", equalTo(bruno), "trainerIds", contains(bruno), "version", equalTo(1));
        }
        long version = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract().jsonPath()
                .getLong("version");
        as(admin(org)).header("If-Match", "\"" + version + "\"").post(TRAINING + "/sessions/{s}/open", org, session)
                .then().statusCode(200);
        seat = AttendanceAndCertificatesTest.enrol(org, session, AttendanceAndCertificatesTest.learner(org, "a"));
    }

    String speaker(String login, String name, String kind) {
        String id = as(admin(org)).body(Map.of("email", user(login, org), "name", name, "roles", List.of("trainer")))
                .post("/api/v1/orgs/{org}/people", org).then().statusCode(201).extract().path("id");
        as(admin(org)).body(Map.of("personId", id, "kind", kind)).post(TRAINING + "/trainers", org).then()
                .statusCode(201);
        return id;
    }

    static Map<String, Object> slot(String day, String half, String start, String end, String trainer) {
        Map<String, Object> slot = new HashMap<>(SessionsTest.slot(day, half, start, end));
        slot.put("trainerId", trainer);
        return slot;
    }

    void move(String action) {
        String etag = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract().header("ETag");
        as(admin(org)).header("If-Match", etag).post(TRAINING + "/sessions/{s}/" + action, org, session).then()
                .statusCode(200);
    }

    @Test
    void hours_taught_and_bpf_section_e_go_to_each_day_s_speaker() {
        as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().statusCode(200)
                .body("slots.trainerId", contains(aline, aline, bruno, bruno, chloe, chloe),
                        "teaching.personId", contains(aline, bruno, chloe),
                        "teaching.halfDays", contains(2, 2, 2), "teaching.hours", contains(7.0f, 7.0f, 7.0f));
        move("start");
        move("complete");

        JsonPath bpf = as(admin(org)).get(TRAINING + "/bpf/{year}", org, 2025).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("INTERNAL", "EXTERNAL"), bpf.getList("trainers.category"));
        assertEquals(List.of(1, 2), bpf.getList("trainers.headcount"));
        assertEquals(List.of(7.0f, 14.0f), bpf.getList("trainers.hours"));
        as(user("bruno", org)).get(TRAINING + "/trainers/me", org).then().statusCode(200)
                .body("hoursTaught", equalTo(7.0f));
        as(admin(org)).get(TRAINING + "/trainers", org).then().statusCode(200)
                .body("items.hoursTaught", contains(7.0f, 7.0f, 7.0f));

        // Day 3 given back to the session's trainers, who are none: its hours are nobody's.
        String etag = as(admin(org)).get(TRAINING + "/sessions/{s}/slots/{slot}", org, session, slots.get(4)).then()
                .extract().header("ETag");
        as(admin(org)).header("If-Match", etag).delete(TRAINING + "/sessions/{s}/slots/{slot}/trainer", org, session,
                slots.get(4)).then().statusCode(200).body("trainerId", nullValue(), "trainerIds", empty());
        as(admin(org)).get(TRAINING + "/bpf/{year}", org, 2025).then().statusCode(200)
                .body("trainers.hours", contains(7.0f, 10.5f));
        as(user("chloe", org)).get(TRAINING + "/trainers/me", org).then().body("hoursTaught", equalTo(3.5f));
        // Stale versions, non-trainers and the trainers themselves are refused.
        as(admin(org)).header("If-Match", etag).body(Map.of("personId", chloe))
                .put(TRAINING + "/sessions/{s}/slots/{slot}/trainer", org, session, slots.get(4)).then().statusCode(412);
        String learner = as(admin(org)).get(TRAINING + "/enrolments/{e}", org, seat).then().extract().path("learnerId");
        String fresh = as(admin(org)).get(TRAINING + "/sessions/{s}/slots/{slot}", org, session, slots.get(4)).then()
                .extract().header("ETag");
        as(admin(org)).header("If-Match", fresh).body(Map.of("personId", learner))
                .put(TRAINING + "/sessions/{s}/slots/{slot}/trainer", org, session, slots.get(4)).then().statusCode(422);
        as(user("chloe", org)).header("If-Match", fresh).body(Map.of("personId", chloe))
                .put(TRAINING + "/sessions/{s}/slots/{slot}/trainer", org, session, slots.get(4)).then().statusCode(403);
    }

    @Test
    void the_speaker_of_day_two_sees_the_session_but_marks_only_its_own_half_days() throws IOException {
        String bruno = user("bruno", org);
        move("start");
        as(bruno).get(TRAINING + "/sessions", org).then().statusCode(200).body("items.id", contains(session));
        as(bruno).get(TRAINING + "/sessions/{s}", org, session).then().statusCode(200);
        as(bruno).get(TRAINING + "/sessions/{s}/enrolments", org, session).then().statusCode(200);
        AttendanceAndCertificatesTest.marks(org, bruno, session, slots.get(2),
                List.of(AttendanceAndCertificatesTest.mark(seat, "PRESENT", null)));
        as(bruno).body(Map.of("marks", List.of(AttendanceAndCertificatesTest.mark(seat, "PRESENT", null))))
                .put(TRAINING + "/sessions/{s}/slots/{slot}/attendance", org, session, slots.get(0)).then()
                .statusCode(403);
        as(bruno).post(TRAINING + "/sessions/{s}/slots/{slot}/countersignature", org, session, slots.get(0)).then()
                .statusCode(403);
        as(bruno).post(TRAINING + "/sessions/{s}/slots/{slot}/countersignature", org, session, slots.get(2)).then()
                .statusCode(200);
        as(user("aline", org)).get(TRAINING + "/sessions/{s}/attendance", org, session).then().statusCode(200)
                .body("items.slotId", contains(slots.get(2)));
        String sheet = AttendanceAndCertificatesTest.pdf(as(bruno).accept("*/*").queryParam("format", "pdf")
                .get(TRAINING + "/sessions/{s}/attendance", org, session).then().statusCode(200).extract()
                .asByteArray());
        assertTrue(sheet.indexOf("Aline Martin") > 0 && sheet.indexOf("Aline Martin") < sheet.indexOf("Bruno Petit")
                && sheet.indexOf("Bruno Petit") < sheet.indexOf("Chloé Durand"), "each half-day names its speaker: " + sheet);
        // A trainer of none of its half-days sees nothing of it.
        Fixtures.person(org, admin(org), user("trainer", org), List.of("trainer"), null);
        as(user("trainer", org)).get(TRAINING + "/sessions/{s}", org, session).then().statusCode(404);
        as(user("trainer", org)).get(TRAINING + "/sessions", org).then().statusCode(200).body("items", empty());
    }

    @Test
    void the_convocation_lists_each_half_day_with_its_speaker_in_french_or_english() throws IOException {
        String fr = AttendanceAndCertificatesTest.pdf(as(user("learner-a", org)).accept("application/pdf")
                .get(TRAINING + "/enrolments/{e}/convocation", org, seat).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
        for (String expected : List.of("Convocation à la formation", "Émancipation numérique des associations",
                "Choisir des outils libres adaptés à son association.", "lundi 3 mars 2025", "mardi 4 mars 2025",
                "mercredi 5 mars 2025", "09:00–12:30", "13:30–17:00", "Maison des associations",
                "Référente handicap : Nadia Leroy", "Un ordinateur portable")) {
            assertTrue(fr.contains(expected), expected + " in " + fr);
        }
        assertTrue(fr.indexOf("Aline Martin") < fr.indexOf("Bruno Petit")
                && fr.indexOf("Bruno Petit") < fr.indexOf("Chloé Durand") && fr.indexOf("Aline Martin") > 0, fr);
        assertEquals(2, fr.split("Bruno Petit", -1).length - 1, "day 2's two half-days name their speaker: " + fr);

        String en = AttendanceAndCertificatesTest.pdf(as(admin(org)).accept("application/pdf")
                .header("Accept-Language", "en").get(TRAINING + "/enrolments/{e}/convocation", org, seat).then()
                .statusCode(200).extract().asByteArray());
        for (String expected : List.of("Training invitation", "Monday 3 March 2025", "morning", "afternoon",
                "Chloé Durand", "What to bring")) {
            assertTrue(en.contains(expected), expected + " in " + en);
        }
        assertFalse(en.contains("Convocation"), en);

        // Another learner does not see it; a speaker sees the enrolment but not the learner's document (403); an
        // enrolment without a seat is not convened.
        String other = AttendanceAndCertificatesTest.enrol(org, session,
                AttendanceAndCertificatesTest.learner(org, "b"));
        as(user("learner-b", org)).accept("application/pdf").get(TRAINING + "/enrolments/{e}/convocation", org, seat)
                .then().statusCode(404);
        as(user("bruno", org)).accept("application/pdf").get(TRAINING + "/enrolments/{e}/convocation", org, seat)
                .then().statusCode(403);
        String etag = as(admin(org)).get(TRAINING + "/enrolments/{e}", org, other).then().extract().header("ETag");
        as(user("learner-b", org)).header("If-Match", etag).post(TRAINING + "/enrolments/{e}/drop", org, other)
                .then().statusCode(200);
        as(user("learner-b", org)).accept("application/pdf").get(TRAINING + "/enrolments/{e}/convocation", org, other)
                .then().statusCode(409);
    }
}
