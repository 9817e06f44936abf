package org.passerelle.api.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The émargement and what it supports: trainers mark and counter-sign the sessions they teach, learners sign
 * themselves while the half-day is on and see only their own lines, certificates state the hours attended.
 */
@QuarkusTest
class AttendanceAndCertificatesTest {

    static final String TRAINING = "/api/v1/orgs/{org}/training";

    String org;
    String course;
    String trainer;
    String otherTrainer;
    String session;
    List<String> slots;
    String seatA;
    String seatB;
    String seatC;

    @BeforeEach
    void a_running_session() {
        org = Fixtures.organisation("emarg");
        Map<String, Object> c = CoursesTest.course("CNUM-INIT", "Formation initiale des conseillers numériques");
        course = CoursesTest.create(org, c);
        trainer = Fixtures.person(org, admin(org), user("trainer", org), List.of("trainer"), null);
        otherTrainer = Fixtures.person(org, admin(org), user("trainer2", org), List.of("trainer"), null);
        session = session(org, course, List.of(trainer), List.of(
                SessionsTest.slot("2024-03-04", "MORNING", "09:00", "12:30"),
                SessionsTest.slot("2024-03-04", "AFTERNOON", "13:30", "17:00")));
        seatA = enrol(org, session, learner(org, "a"));
        seatB = enrol(org, session, learner(org, "b"));
        seatC = enrol(org, session, learner(org, "c"));
        as(admin(org)).header("If-Match", "\"4\"").post(TRAINING + "/sessions/{s}/start", org, session).then()
                .statusCode(200);
        slots = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract().path("slots.id");
    }

    static String session(String org, String course, List<String> trainers, List<Map<String, Object>> slots) {
        Map<String, Object> body = new HashMap<>(Map.of("courseId", course, "capacity", 10, "trainerIds", trainers,
                "synchronousRemote", true, "virtualRoomUrl", "https://visio.example.test/cnum", "slots", slots));
        String id = as(admin(org)).body(body).post(TRAINING + "/sessions", org).then().statusCode(201).extract()
                .path("id");
        as(admin(org)).header("If-Match", "\"0\"").post(TRAINING + "/sessions/{s}/open", org, id).then().statusCode(200);
        return id;
    }

    static String learner(String org, String name) {
        return Fixtures.person(org, admin(org), user("learner-" + name, org), List.of("learner"), null);
    }

    static String enrol(String org, String session, String learner) {
        return as(admin(org)).body(Map.of("learnerId", learner, "traineeType", "EMPLOYEE", "fundingSource", "OPCO"))
                .post(TRAINING + "/sessions/{s}/enrolments", org, session).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> mark(String enrolment, String status, Integer minutes) {
        Map<String, Object> m = new HashMap<>(Map.of("enrolmentId", enrolment, "status", status));
        if (minutes != null) {
            m.put("minutesConnected", minutes);
        }
        return m;
    }

    static void marks(String org, String by, String session, String slot, List<Map<String, Object>> marks) {
        as(by).body(Map.of("marks", marks)).put(TRAINING + "/sessions/{s}/slots/{slot}/attendance", org, session, slot)
                .then().statusCode(200);
    }

    @Test
    void the_session_s_trainer_marks_and_countersigns_and_learners_see_only_their_own_lines() {
        String t = user("trainer", org);
        marks(org, t, session, slots.get(0), List.of(mark(seatA, "PRESENT", 200), mark(seatB, "ABSENT", null)));
        marks(org, t, session, slots.get(1), List.of(mark(seatA, "PRESENT", null), mark(seatB, "PRESENT", null)));

        // A trainer of another session sees and marks nothing here.
        as(user("trainer2", org)).body(Map.of("marks", List.of(mark(seatC, "PRESENT", null))))
                .put(TRAINING + "/sessions/{s}/slots/{slot}/attendance", org, session, slots.get(0)).then().statusCode(404);
        as(user("trainer2", org)).get(TRAINING + "/sessions/{s}/attendance", org, session).then().statusCode(404);
        // Minutes beyond the half-day, or a learner of no seat here, are refused and change nothing.
        as(t).body(Map.of("marks", List.of(mark(seatB, "PRESENT", 400))))
                .put(TRAINING + "/sessions/{s}/slots/{slot}/attendance", org, session, slots.get(0)).then().statusCode(400);
        as(t).body(Map.of("marks", List.of(mark(seatB, "PRESENT", 230))))
                .put(TRAINING + "/sessions/{s}/slots/{slot}/attendance", org, session, slots.get(0)).then().statusCode(422);

        as(t).get(TRAINING + "/sessions/{s}/attendance", org, session).then().statusCode(200)
                .body("items", hasSize(4), "items.findAll { it.enrolmentId == '" + seatB + "' }.status",
                        contains("ABSENT", "PRESENT"));
        as(user("learner-a", org)).get(TRAINING + "/sessions/{s}/attendance", org, session).then().statusCode(404);
        as(user("learner-a", org)).get(TRAINING + "/enrolments/{e}/attendance", org, seatA).then().statusCode(200)
                .body("items.status", contains("PRESENT", "PRESENT"), "items[0].minutesConnected", equalTo(200));
        as(user("learner-a", org)).get(TRAINING + "/enrolments/{e}/attendance", org, seatB).then().statusCode(404);

        // Signing a past half-day is refused; the counter-signature makes the lines final.
        as(user("learner-c", org)).post(TRAINING + "/sessions/{s}/slots/{slot}/signature", org, session, slots.get(0))
                .then().statusCode(409);
        as(user("trainer2", org)).post(TRAINING + "/sessions/{s}/slots/{slot}/countersignature", org, session,
                slots.get(0)).then().statusCode(404);
        as(t).post(TRAINING + "/sessions/{s}/slots/{slot}/countersignature", org, session, slots.get(0)).then()
                .statusCode(200).body("items.countersignedBy", contains(trainer, trainer));
        as(t).body(Map.of("marks", List.of(mark(seatB, "PRESENT", null))))
                .put(TRAINING + "/sessions/{s}/slots/{slot}/attendance", org, session, slots.get(0)).then().statusCode(409);
        // A cancelled session takes no attendance.
        as(admin(org)).header("If-Match", "\"5\"").post(TRAINING + "/sessions/{s}/cancel", org, session).then()
                .statusCode(409); // a running session is not cancelled…
        String cancelled = session(org, course, List.of(trainer), List.of(SessionsTest.slot("2024-04-08", "MORNING",
                "09:00", "12:00")));
        as(admin(org)).header("If-Match", "\"1\"").post(TRAINING + "/sessions/{s}/cancel", org, cancelled).then()
                .statusCode(200);
        String slot = as(admin(org)).get(TRAINING + "/sessions/{s}", org, cancelled).then().extract().path("slots[0].id");
        as(t).body(Map.of("marks", List.of(mark(seatA, "PRESENT", null))))
                .put(TRAINING + "/sessions/{s}/slots/{slot}/attendance", org, cancelled, slot).then().statusCode(409)
                .body("detail", containsString("CANCELLED"));
    }

    @Test
    void a_learner_signs_itself_while_the_half_day_is_on() {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Paris"));
        boolean morning = now.getHour() < 12;
        LocalTime floor = morning ? LocalTime.MIDNIGHT : LocalTime.NOON;
        LocalTime start = now.toLocalTime().minusMinutes(30).isBefore(floor) || now.getHour() == 0
                ? floor : now.toLocalTime().minusMinutes(30).withSecond(0).withNano(0);
        LocalTime end = start.plusHours(3).isBefore(start) || start.plusHours(3).isAfter(LocalTime.of(23, 59))
                ? LocalTime.of(23, 59) : start.plusHours(3);
        String today = now.toLocalDate().toString();
        String live = session(org, course, List.of(trainer), List.of(SessionsTest.slot(today, morning ? "MORNING" : "AFTERNOON",
                start.toString(), end.toString())));
        String learner = learner(org, "d");
        enrol(org, live, learner);
        String slot = as(admin(org)).get(TRAINING + "/sessions/{s}", org, live).then().extract().path("slots[0].id");

        as(user("learner-d", org)).post(TRAINING + "/sessions/{s}/slots/{slot}/signature", org, live, slot).then()
                .statusCode(200).body("status", equalTo("PRESENT"), "signedAt", notNullValue(), "learnerId",
                        equalTo(learner));
        // A learner of another session cannot sign here.
        as(user("learner-a", org)).post(TRAINING + "/sessions/{s}/slots/{slot}/signature", org, live, slot).then()
                .statusCode(404);
    }

    @Test
    void the_certificate_states_the_hours_actually_attended_and_is_refused_without_attendance() throws IOException {
        marks(org, user("trainer", org), session, slots.get(0), List.of(mark(seatA, "PRESENT", 200)));
        marks(org, user("trainer", org), session, slots.get(1), List.of(mark(seatA, "PRESENT", null)));

        String text = pdf(as(user("learner-a", org)).accept("application/pdf")
                .get(TRAINING + "/enrolments/{e}/certificate", org, seatA).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
        for (String expected : List.of("Certificat de réalisation", "Person learner-a@", "Formation initiale des conseillers numériques",
                "4 mars 2024", "14 heures", "6,83 heures", "Org " + org)) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        String en = pdf(as(admin(org)).accept("*/*").queryParam("lang", "en").get(TRAINING + "/enrolments/{e}/attestation", org, seatA)
                .then().statusCode(200).extract().asByteArray());
        assertTrue(en.contains("End-of-training attestation") && en.contains("6.83 hours")
                && en.contains("Identifier les besoins"), en);

        // No attendance, no certificate; and nobody else's.
        as(user("learner-c", org)).accept("*/*").get(TRAINING + "/enrolments/{e}/certificate", org, seatC).then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(user("learner-b", org)).accept("*/*").get(TRAINING + "/enrolments/{e}/certificate", org, seatA).then()
                .statusCode(404);
        String other = Fixtures.organisation("emarg-other");
        as(admin(other)).accept("*/*").get(TRAINING + "/enrolments/{e}/certificate", org, seatA).then().statusCode(404);
    }

    @Test
    void the_attendance_sheet_renders_as_pdf_for_the_trainer() throws IOException {
        marks(org, user("trainer", org), session, slots.get(0), List.of(mark(seatA, "PRESENT", null), mark(seatB, "EXCUSED", null)));
        String text = pdf(as(user("trainer", org)).accept("*/*").queryParam("format", "pdf")
                .get(TRAINING + "/sessions/{s}/attendance", org, session).then().statusCode(200).extract().asByteArray());
        for (String expected : List.of("Feuille d'émargement", "Formation initiale des conseillers numériques",
                "lundi 4 mars 2024", "Person learner-a@", "présent", "excusé", "Person learner-c@")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
    }

    static String pdf(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            // Lines wrap where the page ends: compare words, not layout.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
