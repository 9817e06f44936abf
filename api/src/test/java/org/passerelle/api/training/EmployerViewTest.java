package org.passerelle.api.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The employer's view over HTTP with real tokens: a member structure's contact follows its own agents' enrolments,
 * attendance, hours and certificates, and enrols them through the ordinary rules; another structure's agents stay
 * invisible (404), and a requester who is not its structure's contact gets 403.
 */
@QuarkusTest
class EmployerViewTest {

    static final String TRAINING = "/api/v1/orgs/{org}/training";
    static final String AGENTS = TRAINING + "/members/{m}/agents";

    String org;
    String soustons;
    String capbreton;
    String course;
    String session;
    List<String> slots;
    String agentA;
    String agentB;
    String theirAgent;
    String seatA;
    String theirSeat;

    @BeforeEach
    void two_structures_with_agents_in_a_running_session() {
        org = Fixtures.organisation("employer");
        soustons = Fixtures.member(org, "Mairie de Soustons");
        capbreton = Fixtures.member(org, "Mairie de Capbreton");
        contact(org, "contact", soustons, true);
        contact(org, "clerk", soustons, false);
        contact(org, "contact-capbreton", capbreton, true);
        agentA = Fixtures.person(org, admin(org), user("agent-a", org), List.of("learner"), soustons);
        agentB = Fixtures.person(org, admin(org), user("agent-b", org), List.of("learner"), soustons);
        theirAgent = Fixtures.person(org, admin(org), user("agent-c", org), List.of("learner"), capbreton);
        course = CoursesTest.create(org, CoursesTest.course("BUR-LIBRE", "Découvrir une suite bureautique libre"));
        session = AttendanceAndCertificatesTest.session(org, course, List.of(), List.of(
                SessionsTest.slot("2024-03-04", "MORNING", "09:00", "12:30"),
                SessionsTest.slot("2024-03-04", "AFTERNOON", "13:30", "17:00")));
        seatA = enrol(org, session, agentA, soustons);
        theirSeat = enrol(org, session, theirAgent, capbreton);
        String etag = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract().header("ETag");
        as(admin(org)).header("If-Match", etag).post(TRAINING + "/sessions/{s}/start", org, session).then()
                .statusCode(200);
        slots = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract().path("slots.id");
        mark(slots.get(0), List.of(AttendanceAndCertificatesTest.mark(seatA, "PRESENT", 200),
                AttendanceAndCertificatesTest.mark(theirSeat, "PRESENT", null)));
        mark(slots.get(1), List.of(AttendanceAndCertificatesTest.mark(seatA, "PRESENT", null),
                AttendanceAndCertificatesTest.mark(theirSeat, "ABSENT", null)));
    }

    static String contact(String org, String name, String memberId, boolean contact) {
        return as(admin(org)).body(Map.of("email", user(name, org), "name", "Contact " + name, "roles",
                List.of("requester"), "memberId", memberId, "memberContact", contact))
                .post("/api/v1/orgs/{org}/people", org).then().statusCode(201).extract().path("id");
    }

    static String enrol(String org, String session, String learner, String memberId) {
        return as(admin(org)).body(Map.of("learnerId", learner, "memberId", memberId, "traineeType", "OTHER",
                "fundingSource", "PUBLIC_AUTHORITY")).post(TRAINING + "/sessions/{s}/enrolments", org, session)
                .then().statusCode(201).extract().path("id");
    }

    private void mark(String slot, List<Map<String, Object>> marks) {
        as(admin(org)).body(Map.of("marks", marks)).put(TRAINING + "/sessions/{s}/slots/{slot}/attendance", org,
                session, slot).then().statusCode(200);
    }

    @Test
    void the_contact_sees_its_own_agents_hours_and_certificates_and_nothing_of_another_structure() {
        // 200 connected minutes of the morning, the whole 3.5-hour afternoon: 6.83 hours.
        as(user("contact", org)).get(AGENTS, org, soustons).then().statusCode(200)
                .body("items", hasSize(1), "items[0].learnerId", equalTo(agentA),
                        "items[0].name", equalTo("Person " + user("agent-a", org)),
                        "items[0].hoursTrained", equalTo(6.83f),
                        "items[0].enrolments[0].enrolmentId", equalTo(seatA),
                        "items[0].enrolments[0].halfDaysPresent", equalTo(2),
                        "items[0].enrolments[0].hoursAttended", equalTo(6.83f),
                        "items[0].enrolments[0].certificate", equalTo(true));
        as(user("contact", org)).get(TRAINING + "/enrolments/{e}", org, seatA).then().statusCode(200);
        as(user("contact", org)).get(TRAINING + "/enrolments/{e}/attendance", org, seatA).then().statusCode(200)
                .body("items.status", contains("PRESENT", "PRESENT"));
        as(user("contact", org)).accept("application/pdf").get(TRAINING + "/enrolments/{e}/certificate", org, seatA)
                .then().statusCode(200);
        // The agent's survey answers are its own.
        as(user("contact", org)).get(TRAINING + "/enrolments/{e}/surveys", org, seatA).then().statusCode(403);

        // Another structure's agents, enrolments and view: 404, as for ids that do not exist.
        as(user("contact", org)).get(AGENTS, org, capbreton).then().statusCode(404);
        as(user("contact", org)).get(AGENTS, org, Fixtures.unknownId()).then().statusCode(404);
        as(user("contact", org)).get(TRAINING + "/enrolments/{e}", org, theirSeat).then().statusCode(404);
        as(user("contact", org)).accept("application/pdf").get(TRAINING + "/enrolments/{e}/certificate", org,
                theirSeat).then().statusCode(404);

        // A requester who is not the contact, and the agent itself, have no employer's view.
        as(user("clerk", org)).get(AGENTS, org, soustons).then().statusCode(403);
        as(user("clerk", org)).get(TRAINING + "/enrolments/{e}", org, seatA).then().statusCode(404);
        as(user("agent-a", org)).get(AGENTS, org, soustons).then().statusCode(403);
        // Staff see every structure's.
        as(admin(org)).get(AGENTS, org, capbreton).then().statusCode(200)
                .body("items.learnerId", contains(theirAgent), "items[0].enrolments[0].halfDaysAbsent", equalTo(1),
                        "items[0].hoursTrained", equalTo(3.5f));
    }

    @Test
    void the_contact_enrols_its_agents_into_open_sessions_under_the_ordinary_rules() {
        String small = as(admin(org)).body(Map.of("courseId", course, "capacity", 1, "slots",
                List.of(SessionsTest.slot("2027-05-03", "MORNING", "09:00", "12:00"))))
                .post(TRAINING + "/sessions", org).then().statusCode(201).extract().path("id");
        as(admin(org)).header("If-Match", "\"0\"").post(TRAINING + "/sessions/{s}/open", org, small).then()
                .statusCode(200);
        as(user("contact", org)).body(Map.of("learnerId", agentB, "needsAnalysis", "Courriers de l'accueil"))
                .post(TRAINING + "/sessions/{s}/enrolments", org, small).then().statusCode(201)
                .body("learnerId", equalTo(agentB), "memberId", equalTo(soustons), "status", equalTo("SELECTED"),
                        "traineeType", equalTo("EMPLOYEE"), "fundingSource", equalTo("EMPLOYER"));
        // The session is now full: the next agent waits, as anyone's enrolment would.
        as(user("contact", org)).body(Map.of("learnerId", agentA)).post(TRAINING + "/sessions/{s}/enrolments", org,
                small).then().statusCode(201).body("status", equalTo("WAITLISTED"));
        as(user("contact", org)).body(Map.of("learnerId", agentB)).post(TRAINING + "/sessions/{s}/enrolments", org,
                small).then().statusCode(409);
        // Another structure's agent is no learner it may enrol, like a person that does not exist.
        as(user("contact", org)).body(Map.of("learnerId", theirAgent)).post(TRAINING + "/sessions/{s}/enrolments",
                org, small).then().statusCode(422);
        as(user("contact", org)).body(Map.of("learnerId", agentB, "memberId", capbreton, "priceEur", 0))
                .post(TRAINING + "/sessions/{s}/enrolments", org, small).then().statusCode(403);
        // A session not open for enrolment is invisible to it; the plain requester enrols nobody.
        String planned = as(admin(org)).body(Map.of("courseId", course, "capacity", 5, "slots",
                List.of(SessionsTest.slot("2027-06-07", "MORNING", "09:00", "12:00"))))
                .post(TRAINING + "/sessions", org).then().statusCode(201).extract().path("id");
        as(user("contact", org)).body(Map.of("learnerId", agentB)).post(TRAINING + "/sessions/{s}/enrolments", org,
                planned).then().statusCode(404);
        as(user("clerk", org)).body(Map.of("learnerId", agentB)).post(TRAINING + "/sessions/{s}/enrolments", org,
                small).then().statusCode(403);
        as(user("contact", org)).get(AGENTS, org, soustons).then().statusCode(200)
                .body("items.learnerId", containsInAnyOrder(agentA, agentB));
    }
}
