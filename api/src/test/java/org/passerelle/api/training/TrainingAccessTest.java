package org.passerelle.api.training;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Who may do what in training, over HTTP with real tokens (issue 11): a learner enrolling itself sets no staff
 * field, a session a learner cannot see answers 404 before any state check, and another learner's enrolment or
 * another trainer's session answers exactly like a random id.
 */
@QuarkusTest
class TrainingAccessTest {

    static final String TRAINING = "/api/v1/orgs/{org}/training";

    String org;
    String course;
    String trainer;
    String trainerId;
    String otherTrainer;
    String otherTrainerId;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation("access");
        course = CoursesTest.create(org, CoursesTest.course("ACC-01", "Accompagner les usagers"));
        trainer = user("trainer", org);
        trainerId = Fixtures.person(org, admin(org), trainer, List.of("trainer"), null);
        otherTrainer = user("trainer2", org);
        otherTrainerId = Fixtures.person(org, admin(org), otherTrainer, List.of("trainer"), null);
    }

    /** A draft session of {@code courseId} with one half-day on {@code day}. */
    String draft(String courseId, String day, List<String> trainers) {
        Map<String, Object> body = Map.of("courseId", courseId, "capacity", 5, "trainerIds", trainers,
                "slots", List.of(SessionsTest.slot(day, "MORNING", "09:00", "12:00")));
        return as(admin(org)).body(body).post(TRAINING + "/sessions", org).then().statusCode(201).extract().path("id");
    }

    String open(String courseId, String day, List<String> trainers) {
        String id = draft(courseId, day, trainers);
        as(admin(org)).header("If-Match", "\"0\"").post(TRAINING + "/sessions/{s}/open", org, id).then().statusCode(200);
        return id;
    }

    void action(String session, String action) {
        long version = ((Number) as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract()
                .path("version")).longValue();
        as(admin(org)).header("If-Match", "\"" + version + "\"").post(TRAINING + "/sessions/{s}/" + action, org, session)
                .then().statusCode(200);
    }

    /** What a learner sends for itself: its needs, its employer, its application; nothing the BPF counts. */
    static Map<String, Object> self() {
        return new HashMap<>(Map.of("employer", "Mairie de Linxe", "needsAnalysis", "Accompagner les démarches CAF",
                "positioning", "Débutant"));
    }

    @Test
    void a_learner_enrolling_itself_sets_no_staff_field_and_comes_from_its_own_structure() {
        String own = Fixtures.member(org, "Mairie de Linxe");
        String other = Fixtures.member(org, "Mairie de Soustons");
        String alice = user("alice", org);
        String aliceId = Fixtures.person(org, admin(org), alice, List.of("learner"), own);
        String session = open(course, "2027-03-02", List.of(trainerId));

        // What the issue found: a learner's own enrolment naming another structure and a zero price.
        Map<String, Object> forged = EnrolmentsTest.enrolment(null);
        forged.put("memberId", other);
        forged.put("priceEur", 0);
        as(alice).header("Accept-Language", "en").body(forged).post(TRAINING + "/sessions/{s}/enrolments", org, session)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Only the training team sets memberId, traineeType, fundingSource, priceEur on an enrolment."));
        Map<String, Object> staffFields = Map.of("memberId", other, "priceEur", 0, "traineeType", "EMPLOYEE",
                "fundingSource", "CPF");
        for (Map.Entry<String, Object> field : staffFields.entrySet()) {
            Map<String, Object> body = self();
            body.put(field.getKey(), field.getValue());
            as(alice).header("Accept-Language", "en").body(body).post(TRAINING + "/sessions/{s}/enrolments", org, session)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", equalTo("Only the training team sets " + field.getKey() + " on an enrolment."));
        }
        Map<String, Object> both = self();
        both.put("memberId", other);
        both.put("priceEur", 0);
        as(alice).header("Accept-Language", "fr").body(both).post(TRAINING + "/sessions/{s}/enrolments", org, session)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Seule l'équipe de formation renseigne memberId, priceEur sur une inscription."));
        // Nothing was created.
        as(alice).get(TRAINING + "/enrolments", org).then().statusCode(200).body("items", empty());
        as(admin(org)).get(TRAINING + "/sessions/{s}/enrolments", org, session).then().body("items", empty());
        as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().body("seatsTaken", equalTo(0));

        // Its own structure is taken from its membership, whether it names it or not.
        Map<String, Object> naming = self();
        naming.put("memberId", own);
        as(alice).body(naming).post(TRAINING + "/sessions/{s}/enrolments", org, session).then().statusCode(201)
                .body("learnerId", equalTo(aliceId), "memberId", equalTo(own), "priceEur", nullValue(),
                        "traineeType", equalTo("OTHER"), "fundingSource", equalTo("OTHER"));
        String next = open(course, "2027-04-05", List.of(trainerId));
        as(alice).body(self()).post(TRAINING + "/sessions/{s}/enrolments", org, next).then().statusCode(201)
                .body("memberId", equalTo(own));

        // A learner of no structure names none; the training team still sets every field.
        String bob = user("bob", org);
        String bobId = Fixtures.person(org, admin(org), bob, List.of("learner"), null);
        Map<String, Object> claiming = self();
        claiming.put("memberId", own);
        as(bob).body(claiming).post(TRAINING + "/sessions/{s}/enrolments", org, session).then().statusCode(403)
                .body("detail", containsString("memberId"));
        Map<String, Object> staff = EnrolmentsTest.enrolment(bobId);
        staff.put("memberId", other);
        staff.put("priceEur", 0);
        as(admin(org)).body(staff).post(TRAINING + "/sessions/{s}/enrolments", org, session).then().statusCode(201)
                .body("memberId", equalTo(other), "priceEur", anyOf(equalTo(0), equalTo(0.0f)), "traineeType", equalTo("EMPLOYEE"));
        // Staff still classify every enrolment for the BPF.
        Map<String, Object> unclassified = EnrolmentsTest.enrolment(
                Fixtures.person(org, admin(org), user("carol", org), List.of("learner"), null));
        unclassified.remove("fundingSource");
        as(admin(org)).body(unclassified).post(TRAINING + "/sessions/{s}/enrolments", org, session).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("fundingSource")));
    }

    @Test
    void a_learner_enrolling_into_a_session_it_cannot_see_gets_404_before_any_state_check() {
        String alice = user("alice", org);
        String aliceId = Fixtures.person(org, admin(org), alice, List.of("learner"), null);
        Map<String, Object> hiddenCourse = CoursesTest.course("DRAFT-01", "Brouillon");
        hiddenCourse.put("published", false);
        String unpublished = CoursesTest.create(org, hiddenCourse);

        String draft = draft(course, "2027-03-02", List.of());
        String running = open(course, "2024-03-04", List.of());
        action(running, "start");
        String cancelled = open(course, "2027-03-09", List.of());
        action(cancelled, "cancel");
        String ofADraftCourse = open(unpublished, "2027-03-16", List.of());

        for (String session : List.of(draft, running, cancelled, ofADraftCourse, Fixtures.unknownId())) {
            as(alice).body(EnrolmentsTest.enrolment(null)).post(TRAINING + "/sessions/{s}/enrolments", org, session).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", not(containsString("RUNNING")));
        }
        as(admin(org)).get(TRAINING + "/sessions/{s}/enrolments", org, ofADraftCourse).then().body("items", empty());

        // Staff see every session: its state answers.
        as(admin(org)).body(EnrolmentsTest.enrolment(aliceId)).post(TRAINING + "/sessions/{s}/enrolments", org, running)
                .then().statusCode(409).body("detail", containsString("RUNNING"));
        // A session the learner is enrolled in stays visible to it, whatever its state.
        String mine = open(course, "2027-05-03", List.of());
        as(alice).body(self()).post(TRAINING + "/sessions/{s}/enrolments", org, mine).then().statusCode(201);
        action(mine, "start");
        as(alice).body(self()).post(TRAINING + "/sessions/{s}/enrolments", org, mine).then().statusCode(409);
    }

    @Test
    void another_learner_s_records_and_another_trainer_s_session_answer_like_a_random_id() {
        // Trainer 1 teaches a running session of a past half-day where A and B are seated; trainer 2 teaches another.
        String taught = open(course, "2024-03-04", List.of(trainerId));
        String a = user("learner-a", org);
        String b = user("learner-b", org);
        String seatA = AttendanceAndCertificatesTest.enrol(org, taught,
                Fixtures.person(org, admin(org), a, List.of("learner"), null));
        AttendanceAndCertificatesTest.enrol(org, taught, Fixtures.person(org, admin(org), b, List.of("learner"), null));
        action(taught, "start");
        String slot = as(admin(org)).get(TRAINING + "/sessions/{s}", org, taught).then().extract().path("slots[0].id");
        AttendanceAndCertificatesTest.marks(org, trainer, taught, slot,
                List.of(AttendanceAndCertificatesTest.mark(seatA, "PRESENT", null)));
        String elsewhere = open(course, "2024-03-11", List.of(otherTrainerId));
        String c = user("learner-c", org);
        AttendanceAndCertificatesTest.enrol(org, elsewhere, Fixtures.person(org, admin(org), c, List.of("learner"), null));
        action(elsewhere, "start");
        String random = Fixtures.unknownId();

        List<Call> onEnrolments = List.of(
                new Call("GET", "/enrolments/%s", null),
                new Call("POST", "/enrolments/%s/confirm", null),
                new Call("POST", "/enrolments/%s/drop", null),
                new Call("POST", "/enrolments/%s/reject", null),
                new Call("POST", "/enrolments/%s/complete", null),
                new Call("POST", "/enrolments/%s/no-show", null),
                new Call("PUT", "/enrolments/%s/assessment", Map.of("result", "REACHED")),
                new Call("PUT", "/enrolments/%s/progress", Map.of("timeSpentMinutes", 60)),
                new Call("GET", "/enrolments/%s/surveys", null),
                new Call("PUT", "/enrolments/%s/surveys/HOT", Map.of("overall", 5)),
                new Call("GET", "/enrolments/%s/attendance", null),
                new Call("GET", "/enrolments/%s/certificate", null),
                new Call("GET", "/enrolments/%s/attestation", null));
        // Learner B reaches nothing of A's enrolment; trainer 2 nothing of trainer 1's learners.
        for (String who : List.of(b, otherTrainer)) {
            for (Call call : onEnrolments) {
                notFound(who, call, seatA);
                notFound(who, call, random);
            }
        }

        Map<String, Object> replaced = Map.of("courseId", course, "capacity", 5);
        List<Call> onSessions = List.of(
                new Call("GET", "/sessions/%s", null),
                new Call("GET", "/sessions/%s/calendar.ics", null),
                new Call("PUT", "/sessions/%s", replaced),
                new Call("POST", "/sessions/%s/open", null),
                new Call("POST", "/sessions/%s/start", null),
                new Call("POST", "/sessions/%s/complete", null),
                new Call("POST", "/sessions/%s/cancel", null),
                new Call("GET", "/sessions/%s/enrolments", null),
                new Call("POST", "/sessions/%s/enrolments", EnrolmentsTest.enrolment(null)),
                new Call("POST", "/sessions/%s/selection", null),
                new Call("GET", "/sessions/%s/attendance", null),
                new Call("PUT", "/sessions/%s/slots/" + slot + "/attendance",
                        Map.of("marks", List.of(AttendanceAndCertificatesTest.mark(seatA, "ABSENT", null)))),
                new Call("POST", "/sessions/%s/slots/" + slot + "/signature", null),
                new Call("POST", "/sessions/%s/slots/" + slot + "/countersignature", null));
        // Trainer 2 and learner C (seated elsewhere) reach nothing of trainer 1's session: not even its state.
        for (String who : List.of(otherTrainer, c)) {
            for (Call call : onSessions) {
                if (who.equals(otherTrainer) && call.path().endsWith("/enrolments") && call.method().equals("POST")) {
                    continue; // a trainer enrols nobody, in any session: 403 before any session is read
                }
                notFound(who, call, taught);
                notFound(who, call, random);
            }
        }
        // Nor does a learner sign into a draft or cancelled session it holds no seat in.
        String cancelled = open(course, "2027-03-09", List.of(trainerId));
        String cancelledSlot = as(admin(org)).get(TRAINING + "/sessions/{s}", org, cancelled).then().extract()
                .path("slots[0].id");
        action(cancelled, "cancel");
        as(c).post(TRAINING + "/sessions/{s}/slots/{slot}/signature", org, cancelled, cancelledSlot).then()
                .statusCode(404);

        // What a caller sees but may not do is 403.
        as(a).header("If-Match", "\"0\"").post(TRAINING + "/enrolments/{e}/reject", org, seatA).then().statusCode(403);
        as(a).header("If-Match", "\"0\"").post(TRAINING + "/enrolments/{e}/complete", org, seatA).then().statusCode(403);
        as(trainer).header("If-Match", "\"0\"").post(TRAINING + "/enrolments/{e}/drop", org, seatA).then().statusCode(403);
        as(trainer).accept("*/*").get(TRAINING + "/enrolments/{e}/certificate", org, seatA).then().statusCode(403);
        as(admin(org)).post(TRAINING + "/sessions/{s}/slots/{slot}/countersignature", org, taught, slot).then()
                .statusCode(403);
        String auditor = user("auditor", org);
        Fixtures.person(org, admin(org), auditor, List.of("auditor"), null);
        as(auditor).get(TRAINING + "/sessions/{s}/attendance", org, taught).then().statusCode(200);
        as(auditor).body(Map.of("marks", List.of(AttendanceAndCertificatesTest.mark(seatA, "ABSENT", null))))
                .put(TRAINING + "/sessions/{s}/slots/{slot}/attendance", org, taught, slot).then().statusCode(403);
        // And what is its own stays readable.
        as(a).get(TRAINING + "/enrolments/{e}/attendance", org, seatA).then().statusCode(200);
        as(trainer).get(TRAINING + "/sessions/{s}/enrolments", org, taught).then().statusCode(200);
    }

    record Call(String method, String path, Object body) {
    }

    void notFound(String who, Call call, String id) {
        var request = as(who).accept("*/*").header("If-Match", "\"0\"");
        if (call.body() != null) {
            request.body(call.body());
        }
        var response = request.request(call.method(), TRAINING + String.format(call.path(), id), org);
        assertEquals(404, response.statusCode(), who + " " + call.method() + " " + String.format(call.path(), id)
                + " answered " + response.statusCode() + ": " + response.asString());
    }
}
