package org.passerelle.api.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;
import static org.passerelle.api.training.AttendanceAndCertificatesTest.TRAINING;
import static org.passerelle.api.training.AttendanceAndCertificatesTest.learner;
import static org.passerelle.api.training.AttendanceAndCertificatesTest.mark;
import static org.passerelle.api.training.AttendanceAndCertificatesTest.marks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What a year of training delivered, from raw attendance: the training organisation's "180 hours on average
 * per trainee" (shared/seeds/000), satisfaction, completion and drop-out, the course's published results
 * (Qualiopi indicator 2), the BPF and the CSV exports.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingOutcomesTest {

    String org;
    String course;
    String session;
    Map<String, String> seats = new HashMap<>();

    /**
     * A 180-hour remote course in 2024: 48 half-days of 3 h 45. A and B attend all of them, C half of them and
     * does the other 90 hours self-paced on the partner LMS, D drops out before the start.
     */
    void the_year() {
        if (org != null) {
            return;
        }
        org = Fixtures.organisation("outcomes");
        Map<String, Object> c = CoursesTest.course("CNUM-180", "Conseiller numérique : formation initiale");
        c.put("durationHours", 180);
        c.put("priceEur", 1800);
        c.put("bpfObjective", "RNCP_CERTIFICATION");
        c.put("specialityCode", "326");
        c.put("specialityLabel", "Informatique, traitement de l'information");
        course = CoursesTest.create(org, c);
        String trainer = Fixtures.person(org, admin(org), user("trainer", org), List.of("trainer"), null);
        as(admin(org)).body(Map.of("personId", trainer, "kind", "STAFF")).post(TRAINING + "/trainers", org).then()
                .statusCode(201);
        List<Map<String, Object>> slots = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 1, 8); slots.size() < 48; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                slots.add(SessionsTest.slot(day.toString(), "MORNING", "09:00", "12:45"));
                slots.add(SessionsTest.slot(day.toString(), "AFTERNOON", "13:45", "17:30"));
            }
        }
        session = AttendanceAndCertificatesTest.session(org, course, List.of(trainer), slots);
        seats.put("A", enrol("a", "EMPLOYEE", "OPCO", 2100));
        seats.put("B", enrol("b", "JOBSEEKER", "FRANCE_TRAVAIL", null));
        seats.put("C", enrol("c", "EMPLOYEE", "OPCO", 2100));
        seats.put("D", enrol("d", "EMPLOYEE", "OPCO", 2100));
        as(user("learner-d", org)).header("If-Match", "\"0\"").post(TRAINING + "/enrolments/{e}/drop", org, seats.get("D"))
                .then().statusCode(200);
        as(admin(org)).header("If-Match", "\"6\"").post(TRAINING + "/sessions/{s}/start", org, session).then()
                .statusCode(200);

        List<String> slotIds = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract().path("slots.id");
        for (int i = 0; i < slotIds.size(); i++) {
            List<Map<String, Object>> present = new ArrayList<>(List.of(mark(seats.get("A"), "PRESENT", null),
                    mark(seats.get("B"), "PRESENT", null)));
            present.add(mark(seats.get("C"), i < 24 ? "PRESENT" : "ABSENT", null));
            marks(org, user("trainer", org), session, slotIds.get(i), present);
        }
        // The partner LMS reports C's self-paced hours with its client-credentials token.
        as(admin(org)).body(Map.of("clientId", Tokens.clientId(), "name", "LMS", "roles", List.of("partner")))
                .post("/api/v1/orgs/{org}/api-clients", org).then().statusCode(201);
        given().auth().oauth2(Tokens.ofClient()).contentType("application/json")
                .body(Map.of("timeSpentMinutes", 90 * 60, "progressPercent", 100))
                .put(TRAINING + "/enrolments/{e}/progress", org, seats.get("C")).then().statusCode(200)
                .body("timeSpentMinutes", equalTo(5400));
        as(admin(org)).header("If-Match", "\"7\"").post(TRAINING + "/sessions/{s}/complete", org, session).then()
                .statusCode(200);
        for (String k : List.of("A", "B")) {
            as(admin(org)).header("If-Match", "\"0\"").post(TRAINING + "/enrolments/{e}/complete", org, seats.get(k))
                    .then().statusCode(200).body("status", equalTo("COMPLETED"));
        }
        survey("a", "A", 5);
        survey("b", "B", 4);
        survey("c", "C", 2);
    }

    String enrol(String who, String type, String funding, Integer price) {
        Map<String, Object> body = new HashMap<>(Map.of("learnerId", learner(org, who), "traineeType", type,
                "fundingSource", funding));
        if (price != null) {
            body.put("priceEur", price);
        }
        return as(admin(org)).body(body).post(TRAINING + "/sessions/{s}/enrolments", org, session).then()
                .statusCode(201).extract().path("id");
    }

    void survey(String who, String seat, int overall) {
        as(user("learner-" + who, org)).body(Map.of("overall", overall, "answers", Map.of("Animation", overall)))
                .put(TRAINING + "/enrolments/{e}/surveys/HOT", org, seats.get(seat)).then().statusCode(200);
    }

    @Test
    void the_average_is_180_hours_per_trainee_and_satisfaction_completion_and_drop_out_follow() {
        the_year();
        JsonPath s = as(admin(org)).queryParam("year", 2024).get(TRAINING + "/statistics", org).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(540.0f, s.getFloat("outcomes.hoursDelivered"));
        assertEquals(3, s.getInt("outcomes.traineesAttending"));
        assertEquals(180.0f, s.getFloat("outcomes.averageHoursPerTrainee"));
        assertEquals(66.7f, s.getFloat("outcomes.satisfactionRate"), "2 of 3 rated 4 or 5");
        assertEquals(4, s.getInt("outcomes.entered"));
        assertEquals(50.0f, s.getFloat("outcomes.completionRate"));
        assertEquals(25.0f, s.getFloat("outcomes.dropOutRate"));
        assertEquals(1, s.getInt("activeTrainers"));
        assertEquals(24.0f, s.getFloat("trainingDays"));
        as(admin(org)).queryParam("year", 2024).get("/api/v1/orgs/{org}/indicators/{key}", org,
                "training.trainees.average-hours").then().statusCode(200).body("value", equalTo(180.0f));

        // The same figures are the course's published results, readable without signing in.
        io.restassured.RestAssured.given().queryParam("year", 2024)
                .get("/api/v1/public/orgs/{org}/courses/{c}/results", org, course).then().statusCode(200)
                .header("Cache-Control", containsString("public"))
                .body("sessions", equalTo(1), "outcomes.completed", equalTo(2), "outcomes.satisfactionRate", equalTo(66.7f));
        // A survey is answered once, by its own learner.
        as(user("learner-a", org)).body(Map.of("overall", 1)).put(TRAINING + "/enrolments/{e}/surveys/HOT", org,
                seats.get("A")).then().statusCode(409);
        as(user("learner-b", org)).body(Map.of("overall", 1)).put(TRAINING + "/enrolments/{e}/surveys/COLD", org,
                seats.get("A")).then().statusCode(404);
    }

    @Test
    void the_bpf_sums_revenue_trainers_and_trainee_hours_each_traceable_to_its_records() {
        the_year();
        JsonPath b = as(admin(org)).get(TRAINING + "/bpf/{year}", org, 2024).then().statusCode(200).extract().jsonPath();
        assertEquals(3, b.getInt("records"), "D dropped out: no seat, no revenue");
        assertEquals(6000f, b.getFloat("totalRevenue"));
        assertEquals(List.of("FRANCE_TRAVAIL", "OPCO"), b.getList("revenue.fundingSource"));
        assertEquals(List.of(1, 2), b.getList("revenue.enrolments"));
        assertEquals(List.of("INTERNAL"), b.getList("trainers.category"));
        assertEquals(180.0f, b.getFloat("trainers[0].hours"));
        assertEquals(List.of("EMPLOYEE", "JOBSEEKER"), b.getList("byTraineeType.key"));
        assertEquals(List.of(360.0f, 180.0f), b.getList("byTraineeType.hours"));
        assertEquals(List.of("RNCP_CERTIFICATION"), b.getList("byObjective.key"));
        assertEquals(List.of("326"), b.getList("topSpecialities.code"));
        assertEquals(540.0f, b.getFloat("topSpecialities[0].hours"));

        String csv = as(admin(org)).accept("text/csv").get(TRAINING + "/bpf/{year}", org, 2024).then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("C;OPCO;;2;;4200,00") && csv.contains("F-1;EMPLOYEE;;2;360,0;"), csv);
        String records = as(admin(org)).accept("text/csv").get(TRAINING + "/bpf/{year}/records", org, 2024).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = records.lines().skip(1).toList();
        assertEquals(3, lines.size(), records);
        assertEquals(540.0, lines.stream()
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(';') + 1).replace(',', '.'))).sum());
        as(user("learner-a", org)).get(TRAINING + "/bpf/{year}", org, 2024).then().statusCode(403);
    }

    @Test
    void enrolments_and_attendance_export_as_csv() {
        the_year();
        String enrolments = as(admin(org)).accept("text/csv").queryParam("year", 2024).get(TRAINING + "/exports/enrolments", org).then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertEquals(5, enrolments.lines().count(), enrolments);
        assertTrue(enrolments.startsWith("\uFEFFIdentifiant de l'inscription;Formation;Identifiant de la session;"
                + "Début de la session;Stagiaire"), enrolments);
        assertTrue(enrolments.contains(";DROPPED;"), enrolments);
        String attendance = as(admin(org)).accept("text/csv").queryParam("year", 2024).get(TRAINING + "/exports/attendance", org).then()
                .statusCode(200).extract().asString();
        assertEquals(1 + 48 * 3, attendance.lines().count());
        assertEquals(48 * 2 + 24, attendance.lines().filter(l -> l.contains(";PRESENT;")).count());
        as(admin(org)).accept("text/csv").queryParam("year", 2023).queryParam("dialect", "rfc4180")
                .get(TRAINING + "/exports/attendance", org).then().statusCode(200)
                .body(equalTo("course,session_id,slot_starts_at,slot_ends_at,learner,email,status,minutes_connected,"
                        + "minutes_counted,signed_at,countersigned_at\r\n"));
        as(user("trainer", org)).accept("text/csv").get(TRAINING + "/exports/enrolments", org).then().statusCode(403);
    }

    @Test
    void a_selective_session_gives_its_seats_to_network_members_first() {
        the_year();
        String member = Fixtures.member(org, "Régie de quartiers Diagonales");
        Map<String, Object> body = new HashMap<>(Map.of("courseId", course, "capacity", 2, "selective", true,
                "memberPriority", true, "slots", List.of(SessionsTest.slot("2027-02-01", "MORNING", "09:00", "12:00"))));
        String selective = as(admin(org)).body(body).post(TRAINING + "/sessions", org).then().statusCode(201)
                .body("selective", equalTo(true)).extract().path("id");
        as(admin(org)).header("If-Match", "\"0\"").post(TRAINING + "/sessions/{s}/open", org, selective).then()
                .statusCode(200);
        List<String> ids = new ArrayList<>();
        for (String who : List.of("x", "y", "z", "w")) {
            Map<String, Object> application = new HashMap<>(Map.of("learnerId", learner(org, who), "traineeType",
                    "EMPLOYEE", "fundingSource", "OPCO", "application", "Motivation de " + who));
            if (!who.equals("x")) {
                application.put("memberId", member);
            }
            ids.add(as(admin(org)).body(application).post(TRAINING + "/sessions/{s}/enrolments", org, selective).then()
                    .statusCode(201).body("status", equalTo("APPLIED")).extract().path("id"));
        }
        as(admin(org)).post(TRAINING + "/sessions/{s}/selection", org, selective).then().statusCode(200)
                .body("items.status", contains("WAITLISTED", "SELECTED", "SELECTED", "WAITLISTED"));
        // A freed seat goes to the next network member on the waitlist, before an earlier non-member.
        as(admin(org)).header("If-Match", "\"1\"").post(TRAINING + "/enrolments/{e}/drop", org, ids.get(1)).then()
                .statusCode(200);
        as(admin(org)).get(TRAINING + "/sessions/{s}/enrolments", org, selective).then().statusCode(200)
                .body("items.status", contains("WAITLISTED", "DROPPED", "SELECTED", "SELECTED"));
        as(admin(org)).post(TRAINING + "/sessions/{s}/selection", org, session).then().statusCode(409);
    }

    @Test
    void partners_hear_of_confirmed_and_cancelled_enrolments_and_cancelled_sessions() {
        the_year();
        String webhook = as(admin(org)).body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes",
                List.of("enrolment.confirmed", "enrolment.cancelled", "session.cancelled")))
                .post("/api/v1/orgs/{org}/webhooks", org).then().statusCode(201).extract().path("webhook.id");
        String next = AttendanceAndCertificatesTest.session(org, course, List.of(),
                List.of(SessionsTest.slot("2027-03-01", "MORNING", "09:00", "12:00")));
        String e1 = AttendanceAndCertificatesTest.enrol(org, next, learner(org, "p"));
        String e2 = AttendanceAndCertificatesTest.enrol(org, next, learner(org, "q"));
        as(user("learner-p", org)).header("If-Match", "\"0\"").post(TRAINING + "/enrolments/{e}/confirm", org, e1).then()
                .statusCode(200);
        as(admin(org)).header("If-Match", "\"0\"").post(TRAINING + "/enrolments/{e}/reject", org, e2).then()
                .statusCode(200);
        as(admin(org)).header("If-Match", "\"4\"").post(TRAINING + "/sessions/{s}/cancel", org, next).then()
                .statusCode(200);
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}/deliveries", org, webhook).then().statusCode(200)
                .body("items.eventType", hasItems("enrolment.confirmed", "enrolment.cancelled", "session.cancelled"));
    }

    @Test
    void another_organisation_reaches_none_of_it() {
        the_year();
        String other = Fixtures.organisation("outcomes-other");
        for (String path : List.of("/statistics?year=2024", "/courses/" + course + "/results?year=2024",
                "/bpf/2024", "/bpf/2024/records", "/exports/enrolments?year=2024", "/exports/attendance?year=2024",
                "/sessions/" + session + "/attendance", "/enrolments/" + seats.get("A") + "/attendance",
                "/enrolments/" + seats.get("A") + "/surveys", "/enrolments/" + seats.get("A") + "/attestation",
                "/complaints", "/improvements")) {
            as(admin(other)).accept("*/*").get(TRAINING + path, org).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        as(admin(other)).post(TRAINING + "/sessions/{s}/selection", org, session).then().statusCode(404);
        as(admin(other)).body(Map.of("timeSpentMinutes", 1)).put(TRAINING + "/enrolments/{e}/progress", org,
                seats.get("C")).then().statusCode(404);
        // Its own figures hold none of ours.
        as(admin(other)).get(TRAINING + "/bpf/{year}", other, 2024).then().statusCode(200).body("records", equalTo(0));
    }

    @Test
    void complaints_and_the_improvements_they_prompt_are_registered() {
        the_year();
        String complaint = as(admin(org)).body(Map.of("kind", "COMPLAINT", "receivedOn", "2024-02-12", "source", "LEARNER",
                "sessionId", session, "subject", "Son inaudible en classe virtuelle", "status", "OPEN"))
                .post(TRAINING + "/complaints", org).then().statusCode(201).extract().path("id");
        // Answered without an answer, or an improvement claiming a complaint origin without naming it: refused.
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("kind", "COMPLAINT", "receivedOn", "2024-02-12",
                "source", "LEARNER", "subject", "Son inaudible", "status", "ANSWERED"))
                .put(TRAINING + "/complaints/{c}", org, complaint).then().statusCode(422);
        as(admin(org)).body(Map.of("title", "Casques fournis", "origin", "COMPLAINT", "status", "PLANNED"))
                .post(TRAINING + "/improvements", org).then().statusCode(422);
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("kind", "COMPLAINT", "receivedOn", "2024-02-12",
                "source", "LEARNER", "subject", "Son inaudible", "status", "ANSWERED", "answer",
                "Casque prêté dès la séance suivante", "answeredOn", "2024-02-13"))
                .put(TRAINING + "/complaints/{c}", org, complaint).then().statusCode(200);
        as(admin(org)).body(Map.of("title", "Casques fournis à chaque stagiaire à distance", "origin", "COMPLAINT",
                "complaintId", complaint, "status", "DONE", "doneOn", "2024-03-01"))
                .post(TRAINING + "/improvements", org).then().statusCode(201);
        as(admin(org)).get(TRAINING + "/improvements", org).then().statusCode(200)
                .body("items.complaintId", contains(complaint));
        as(user("learner-a", org)).get(TRAINING + "/complaints", org).then().statusCode(403);
    }
}
