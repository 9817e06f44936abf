package org.passerelle.api.training;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StatisticsTest {

    static final String SESSIONS = "/api/v1/orgs/{org}/training/sessions";

    final AtomicInteger learners = new AtomicInteger();

    String course(String org, String code, String modality, String programme) {
        Map<String, Object> body = CoursesTest.course(code, "Formation " + code);
        body.put("modality", modality);
        body.put("programmeType", programme);
        return CoursesTest.create(org, body);
    }

    /** A session of {@code halfDays} slots from {@code start}, held (open, enrolled, run, completed). */
    void held(String org, String courseId, LocalDate start, int halfDays, int trainees) {
        List<Map<String, Object>> slots = new ArrayList<>();
        for (int k = 0; k < halfDays; k++) {
            String day = start.plusDays(k / 2).toString();
            slots.add(k % 2 == 0 ? SessionsTest.slot(day, "MORNING", "09:00", "12:30")
                    : SessionsTest.slot(day, "AFTERNOON", "13:30", "17:00"));
        }
        String id = as(admin(org)).body(Map.of("courseId", courseId, "capacity", 30, "slots", slots))
                .post(SESSIONS, org).then().statusCode(201).extract().path("id");
        as(admin(org)).header("If-Match", "\"0\"").post(SESSIONS + "/{id}/open", org, id).then().statusCode(200);
        for (int t = 0; t < trainees; t++) {
            String learner = Fixtures.person(org, admin(org), user("l" + learners.incrementAndGet(), org),
                    List.of("learner"), null);
            Map<String, Object> enrolment = new HashMap<>(EnrolmentsTest.enrolment(learner));
            as(admin(org)).body(enrolment).post(SESSIONS + "/{id}/enrolments", org, id).then().statusCode(201);
        }
        String version = as(admin(org)).get(SESSIONS + "/{id}", org, id).then().extract().header("ETag");
        as(admin(org)).header("If-Match", version).post(SESSIONS + "/{id}/start", org, id).then().statusCode(200);
        int next = Integer.parseInt(version.replace("\"", "")) + 1;
        as(admin(org)).header("If-Match", "\"" + next + "\"").post(SESSIONS + "/{id}/complete", org, id).then()
                .statusCode(200);
    }

    @Test
    void the_agencys_2024_figures_are_reproduced_from_raw_sessions_and_enrolments() throws Exception {
        String org = Fixtures.organisation("agency");
        String inPerson = course(org, "CAT-P", "IN_PERSON", "CATALOGUE");
        String selfPaced = course(org, "CAT-S", "SELF_PACED", "CATALOGUE");
        String virtual = course(org, "CAT-V", "VIRTUAL_CLASSROOM", "CATALOGUE");
        String regional = course(org, "REG", "BLENDED", "REGIONAL_PROGRAMME");
        String specific = course(org, "SPE", "BLENDED", "SPECIFIC_REQUEST");
        LocalDate jan = LocalDate.of(2024, 1, 8);

        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < 151; i++) {
            work.add(() -> { held(org, inPerson, jan, 1, 0); return null; });
        }
        for (int i = 0; i < 86; i++) {
            work.add(() -> { held(org, selfPaced, jan, 1, 0); return null; });
        }
        for (int i = 0; i < 46; i++) {
            work.add(() -> { held(org, virtual, jan, 1, 0); return null; });
        }
        // 3 regional-programme sessions = 30 days (60 half-days), 24 trainees.
        for (int i = 0; i < 3; i++) {
            work.add(() -> { held(org, regional, jan, 20, 8); return null; });
        }
        // 12 specific-request sessions = 31.5 days (63 half-days), 63 trainees.
        for (int i = 0; i < 11; i++) {
            work.add(() -> { held(org, specific, jan, 5, 5); return null; });
        }
        work.add(() -> { held(org, specific, jan, 8, 8); return null; });
        // Noise: a session of 2023 and a cancelled one are not counted.
        work.add(() -> { held(org, inPerson, LocalDate.of(2023, 12, 4), 2, 1); return null; });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        String cancelled = as(admin(org)).body(Map.of("courseId", inPerson, "capacity", 5, "slots",
                List.of(SessionsTest.slot("2024-02-05", "MORNING", "09:00", "12:00")))).post(SESSIONS, org).then()
                .statusCode(201).extract().path("id");
        as(admin(org)).header("If-Match", "\"0\"").post(SESSIONS + "/{id}/cancel", org, cancelled).then()
                .statusCode(200);

        as(admin(org)).queryParam("year", 2024).get("/api/v1/orgs/{org}/training/statistics", org).then()
                .statusCode(200)
                .body("sessions", equalTo(298),
                        "sessionsByModality.IN_PERSON", equalTo(151), "sessionsByModality.SELF_PACED", equalTo(86),
                        "sessionsByModality.VIRTUAL_CLASSROOM", equalTo(46),
                        "byProgrammeType.find { it.programmeType == 'CATALOGUE' }.sessions", equalTo(283),
                        "byProgrammeType.find { it.programmeType == 'REGIONAL_PROGRAMME' }.sessions", equalTo(3),
                        "byProgrammeType.find { it.programmeType == 'REGIONAL_PROGRAMME' }.trainingDays", equalTo(30.0f),
                        "byProgrammeType.find { it.programmeType == 'REGIONAL_PROGRAMME' }.trainees", equalTo(24),
                        "byProgrammeType.find { it.programmeType == 'SPECIFIC_REQUEST' }.sessions", equalTo(12),
                        "byProgrammeType.find { it.programmeType == 'SPECIFIC_REQUEST' }.trainingDays", equalTo(31.5f),
                        "byProgrammeType.find { it.programmeType == 'SPECIFIC_REQUEST' }.trainees", equalTo(63));
    }

    @Test
    void statistics_are_for_staff_of_the_organisation_only() {
        String org = Fixtures.organisation("stats");
        as(admin(org)).queryParam("year", 2024).get("/api/v1/orgs/{org}/training/statistics", org).then()
                .statusCode(200).body("sessions", equalTo(0), "openSourceShare", nullValue());
        as(admin(org)).queryParam("from", "2024-12-31").queryParam("to", "2024-01-01")
                .get("/api/v1/orgs/{org}/training/statistics", org).then().statusCode(400)
                .contentType("application/problem+json");
        String learner = user("learner", org);
        Fixtures.person(org, admin(org), learner, List.of("learner"), null);
        as(learner).get("/api/v1/orgs/{org}/training/statistics", org).then().statusCode(403);
        String other = Fixtures.organisation("other");
        as(admin(other)).get("/api/v1/orgs/{org}/training/statistics", org).then().statusCode(404);
    }
}
