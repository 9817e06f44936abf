package org.passerelle.api.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EnrolmentsTest {

    static final String SESSIONS = "/api/v1/orgs/{org}/training/sessions";
    static final String ENROLMENTS = "/api/v1/orgs/{org}/training/enrolments";

    String org;
    String trainer;
    String trainerId;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation("enrol");
        trainer = user("trainer", org);
        trainerId = Fixtures.person(org, admin(org), trainer, List.of("trainer"), null);
    }

    String openSession(int capacity) {
        String courseId = CoursesTest.create(org, CoursesTest.course("C-" + System.nanoTime(), "Formation"));
        Map<String, Object> body = Map.of("courseId", courseId, "capacity", capacity, "trainerIds", List.of(trainerId),
                "slots", List.of(SessionsTest.slot("2027-03-02", "MORNING", "09:00", "12:30")));
        String id = as(admin(org)).body(body).post(SESSIONS, org).then().statusCode(201).extract().path("id");
        as(admin(org)).header("If-Match", "\"0\"").post(SESSIONS + "/{id}/open", org, id).then().statusCode(200);
        return id;
    }

    String learner(String name) {
        return Fixtures.person(org, admin(org), user(name, org), List.of("learner"), null);
    }

    static Map<String, Object> enrolment(String learnerId) {
        Map<String, Object> body = new HashMap<>();
        if (learnerId != null) {
            body.put("learnerId", learnerId);
        }
        body.put("traineeType", "EMPLOYEE");
        body.put("fundingSource", "OPCO");
        body.put("employer", "Mairie de Linxe");
        body.put("needsAnalysis", "Accompagner les démarches CAF");
        body.put("positioning", "Débutant");
        return body;
    }

    /**
     * What a learner sends to enrol itself: no field the training team vouches for (another structure than its
     * own, trainee type, funding source, price), which it may no longer set (issue 11).
     */
    static Map<String, Object> ownEnrolment(String learnerId) {
        Map<String, Object> body = enrolment(learnerId);
        body.remove("traineeType");
        body.remove("fundingSource");
        return body;
    }

    @Test
    void fifty_parallel_enrolments_into_twenty_seats_select_exactly_twenty_and_waitlist_the_rest() throws Exception {
        String session = openSession(20);
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            learners.add(learner("learner" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Integer>> calls = learners.stream().<Callable<Integer>>map(l -> () -> as(admin(org))
                    .body(enrolment(l)).post(SESSIONS + "/{id}/enrolments", org, session).statusCode()).toList();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertEquals(List.of(201), codes.stream().distinct().toList(), codes.toString());
        } finally {
            pool.shutdown();
        }
        List<String> statuses = as(admin(org)).get(SESSIONS + "/{id}/enrolments", org, session).then().statusCode(200)
                .extract().path("items.status");
        Map<String, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of("SELECTED", 20L, "WAITLISTED", 30L), counts);
        as(admin(org)).get(SESSIONS + "/{id}", org, session).then().body("seatsTaken", equalTo(20),
                "status", equalTo("FULL"));
    }

    @Test
    void a_freed_seat_promotes_the_waitlist_in_order_of_arrival() {
        String session = openSession(1);
        String first = as(admin(org)).body(enrolment(learner("a"))).post(SESSIONS + "/{id}/enrolments", org, session)
                .then().statusCode(201).body("status", equalTo("SELECTED")).extract().path("id");
        String second = as(admin(org)).body(enrolment(learner("b"))).post(SESSIONS + "/{id}/enrolments", org, session)
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).extract().path("id");
        String third = as(admin(org)).body(enrolment(learner("c"))).post(SESSIONS + "/{id}/enrolments", org, session)
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).extract().path("id");
        as(admin(org)).get(SESSIONS + "/{id}", org, session).then().body("status", equalTo("FULL"));

        as(admin(org)).header("If-Match", "\"0\"").post(ENROLMENTS + "/{id}/drop", org, first).then()
                .statusCode(200).body("status", equalTo("DROPPED"));
        as(admin(org)).get(ENROLMENTS + "/{id}", org, second).then().body("status", equalTo("SELECTED"));
        as(admin(org)).get(ENROLMENTS + "/{id}", org, third).then().body("status", equalTo("WAITLISTED"));

        as(admin(org)).header("If-Match", "\"1\"").post(ENROLMENTS + "/{id}/confirm", org, second).then()
                .statusCode(200).body("status", equalTo("CONFIRMED"));
        as(admin(org)).header("If-Match", "\"1\"").post(ENROLMENTS + "/{id}/drop", org, first).then()
                .statusCode(409).contentType("application/problem+json");
        as(admin(org)).header("If-Match", "\"0\"").post(ENROLMENTS + "/{id}/reject", org, third).then()
                .statusCode(200).body("status", equalTo("REJECTED"));
        as(admin(org)).get(SESSIONS + "/{id}", org, session).then().body("seatsTaken", equalTo(1),
                "status", equalTo("FULL"));
    }

    @Test
    void enrolments_are_validated() {
        String session = openSession(5);
        Map<String, Object> body = enrolment(learner("a"));
        body.remove("traineeType");
        as(admin(org)).body(body).post(SESSIONS + "/{id}/enrolments", org, session).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("traineeType"));
        as(admin(org)).body(enrolment(trainerId)).post(SESSIONS + "/{id}/enrolments", org, session).then()
                .statusCode(422).body("errors.field", contains("learnerId"));
        String learner = learner("b");
        as(admin(org)).body(enrolment(learner)).post(SESSIONS + "/{id}/enrolments", org, session).then()
                .statusCode(201);
        as(admin(org)).body(enrolment(learner)).post(SESSIONS + "/{id}/enrolments", org, session).then()
                .statusCode(409);
        as(admin(org)).get(SESSIONS + "/{id}", org, session).then().body("seatsTaken", equalTo(1));

        String courseId = CoursesTest.create(org, CoursesTest.course("DRAFT-1", "Brouillon"));
        String draft = as(admin(org)).body(Map.of("courseId", courseId, "capacity", 3)).post(SESSIONS, org).then()
                .statusCode(201).extract().path("id");
        as(admin(org)).body(enrolment(learner)).post(SESSIONS + "/{id}/enrolments", org, draft).then()
                .statusCode(409);
    }

    @Test
    void a_learner_enrols_itself_and_sees_only_its_own_enrolments() {
        String session = openSession(5);
        String alice = user("alice", org);
        String aliceId = Fixtures.person(org, admin(org), alice, List.of("learner"), null);
        String bob = user("bob", org);
        String bobId = Fixtures.person(org, admin(org), bob, List.of("learner"), null);
        // A learner cannot enrol someone else: the learner is always itself.
        String mine = as(alice).body(ownEnrolment(bobId)).post(SESSIONS + "/{id}/enrolments", org, session).then()
                .statusCode(201).body("learnerId", equalTo(aliceId)).extract().path("id");
        String his = as(bob).body(ownEnrolment(null)).post(SESSIONS + "/{id}/enrolments", org, session).then()
                .statusCode(201).extract().path("id");

        as(alice).get(ENROLMENTS, org).then().statusCode(200).body("items.id", contains(mine));
        as(alice).queryParam("learnerId", bobId).get(ENROLMENTS, org).then().body("items.id", contains(mine));
        as(alice).get(ENROLMENTS + "/{id}", org, his).then().statusCode(404);
        as(alice).header("If-Match", "\"0\"").post(ENROLMENTS + "/{id}/drop", org, his).then().statusCode(404);
        as(alice).get(SESSIONS + "/{id}/enrolments", org, session).then().statusCode(404);
        as(alice).header("If-Match", "\"0\"").post(ENROLMENTS + "/{id}/reject", org, mine).then().statusCode(403);
        as(alice).header("If-Match", "\"0\"").post(ENROLMENTS + "/{id}/confirm", org, mine).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));

        as(trainer).get(SESSIONS + "/{id}/enrolments", org, session).then().statusCode(200)
                .body("items.id", contains(mine, his));
        as(trainer).get(ENROLMENTS + "/{id}", org, his).then().statusCode(200);
        as(admin(org)).queryParam("learnerId", bobId).get(ENROLMENTS, org).then().body("items.id", contains(his));
    }

    @Test
    void a_seated_learner_reads_its_session_and_its_icalendar_but_a_waitlisted_one_does_not() {
        String session = openSession(1);
        String alice = user("alice", org);
        Fixtures.person(org, admin(org), alice, List.of("learner"), null);
        String bob = user("bob", org);
        Fixtures.person(org, admin(org), bob, List.of("learner"), null);
        as(alice).body(ownEnrolment(null)).post(SESSIONS + "/{id}/enrolments", org, session).then().statusCode(201)
                .body("status", equalTo("SELECTED"));
        as(bob).body(ownEnrolment(null)).post(SESSIONS + "/{id}/enrolments", org, session).then().statusCode(201)
                .body("status", equalTo("WAITLISTED"));

        as(alice).get(SESSIONS + "/{id}", org, session).then().statusCode(200);
        as(alice).accept("text/calendar").get(SESSIONS + "/{id}/calendar.ics", org, session).then().statusCode(200)
                .body(containsString("BEGIN:VEVENT"));
        as(bob).get(SESSIONS + "/{id}", org, session).then().statusCode(404);
        as(bob).accept("text/calendar, application/problem+json").get(SESSIONS + "/{id}/calendar.ics", org, session)
                .then().statusCode(404);
    }

    @Test
    void another_organisation_sees_nothing() {
        String session = openSession(5);
        String id = as(admin(org)).body(enrolment(learner("a"))).post(SESSIONS + "/{id}/enrolments", org, session)
                .then().statusCode(201).extract().path("id");
        String other = Fixtures.organisation("other");
        as(admin(other)).get(ENROLMENTS + "/{id}", other, id).then().statusCode(404);
        as(admin(other)).get(ENROLMENTS + "/{id}", org, id).then().statusCode(404);
        as(admin(other)).get(SESSIONS + "/{id}/enrolments", other, session).then().statusCode(404);
        as(admin(other)).header("If-Match", "\"0\"").post(ENROLMENTS + "/{id}/drop", other, id).then()
                .statusCode(404);
    }
}
