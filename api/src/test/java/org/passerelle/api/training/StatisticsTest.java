package org.passerelle.api.training;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StatisticsTest {

    static final String TRAINING = "/api/v1/orgs/{org}/training";
    static final String SESSIONS = TRAINING + "/sessions";

    final AtomicInteger learners = new AtomicInteger();

    String course(String org, String code, String modality, String programme) {
        Map<String, Object> body = CoursesTest.course(code, "Formation " + code);
        body.put("modality", modality);
        body.put("programmeType", programme);
        return CoursesTest.create(org, body);
    }

    /**
     * A session of {@code halfDays} slots from {@code start}, held (open, enrolled, run, completed), with one
     * learner per rating, each answering the hot survey with that overall rating while the session runs.
     */
    void held(String org, String courseId, LocalDate start, int halfDays, List<Integer> ratings) {
        List<Map<String, Object>> slots = new ArrayList<>();
        for (int k = 0; k < halfDays; k++) {
            String day = start.plusDays(k / 2).toString();
            slots.add(k % 2 == 0 ? SessionsTest.slot(day, "MORNING", "09:00", "12:30")
                    : SessionsTest.slot(day, "AFTERNOON", "13:30", "17:00"));
        }
        String id = as(admin(org)).body(Map.of("courseId", courseId, "capacity", 30, "slots", slots))
                .post(SESSIONS, org).then().statusCode(201).extract().path("id");
        as(admin(org)).header("If-Match", "\"0\"").post(SESSIONS + "/{id}/open", org, id).then().statusCode(200);
        Map<String, String> enrolments = new HashMap<>();
        for (int t = 0; t < ratings.size(); t++) {
            String email = user("l" + learners.incrementAndGet(), org);
            String learner = Fixtures.person(org, admin(org), email, List.of("learner"), null);
            Map<String, Object> enrolment = new HashMap<>(EnrolmentsTest.enrolment(learner));
            enrolments.put(email, as(admin(org)).body(enrolment).post(SESSIONS + "/{id}/enrolments", org, id).then()
                    .statusCode(201).extract().path("id"));
        }
        String version = as(admin(org)).get(SESSIONS + "/{id}", org, id).then().extract().header("ETag");
        as(admin(org)).header("If-Match", version).post(SESSIONS + "/{id}/start", org, id).then().statusCode(200);
        int r = 0;
        for (Map.Entry<String, String> e : enrolments.entrySet()) {
            as(e.getKey()).body(Map.of("overall", ratings.get(r++))).put(TRAINING + "/enrolments/{e}/surveys/HOT", org,
                    e.getValue()).then().statusCode(200);
        }
        int next = Integer.parseInt(version.replace("\"", "")) + 1;
        as(admin(org)).header("If-Match", "\"" + next + "\"").post(SESSIONS + "/{id}/complete", org, id).then()
                .statusCode(200);
    }

    /** {@code n} learners rating 4 or 5 out of 5: satisfied. */
    static List<Integer> satisfied(int n) {
        List<Integer> ratings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ratings.add(4 + i % 2);
        }
        return ratings;
    }

    /**
     * The agency's 2024 training year (seed 001): 283 catalogue sessions (151 in person, 86 self-paced, 46 virtual
     * classes), 3 regional-programme sessions (30 days, 24 trainees) and 12 specific-request sessions (31.5 days, 63
     * trainees), both in person at the agency or the client's; satisfaction 99 % for the catalogue and specific
     * requests, 100 % for the regional programme. The report gives rates, not answers: here 100 catalogue learners
     * (in 20 sessions of 5) answer the hot survey, one of them unsatisfied, and every regional and specific trainee
     * answers satisfied.
     */
    @Test
    void the_agencys_2024_figures_are_reproduced_from_raw_sessions_enrolments_and_surveys() throws Exception {
        String org = Fixtures.organisation("agency");
        String inPerson = course(org, "CAT-P", "IN_PERSON", "CATALOGUE");
        String selfPaced = course(org, "CAT-S", "SELF_PACED", "CATALOGUE");
        String virtual = course(org, "CAT-V", "VIRTUAL_CLASSROOM", "CATALOGUE");
        String regional = course(org, "REG", "IN_PERSON", "REGIONAL_PROGRAMME");
        String specific = course(org, "SPE", "IN_PERSON", "SPECIFIC_REQUEST");
        LocalDate jan = LocalDate.of(2024, 1, 8);

        List<Callable<Void>> work = new ArrayList<>();
        // Catalogue: 10 in-person, 6 self-paced and 4 virtual sessions with 5 surveyed learners each, one rating 3.
        for (int i = 0; i < 151; i++) {
            List<Integer> ratings = i == 0 ? List.of(5, 4, 3, 5, 4) : i < 10 ? satisfied(5) : List.of();
            work.add(() -> { held(org, inPerson, jan, 1, ratings); return null; });
        }
        for (int i = 0; i < 86; i++) {
            List<Integer> ratings = i < 6 ? satisfied(5) : List.of();
            work.add(() -> { held(org, selfPaced, jan, 1, ratings); return null; });
        }
        for (int i = 0; i < 46; i++) {
            List<Integer> ratings = i < 4 ? satisfied(5) : List.of();
            work.add(() -> { held(org, virtual, jan, 1, ratings); return null; });
        }
        // 3 regional-programme sessions = 30 days (60 half-days), 24 trainees.
        for (int i = 0; i < 3; i++) {
            work.add(() -> { held(org, regional, jan, 20, satisfied(8)); return null; });
        }
        // 12 specific-request sessions = 31.5 days (63 half-days), 63 trainees.
        for (int i = 0; i < 11; i++) {
            work.add(() -> { held(org, specific, jan, 5, satisfied(5)); return null; });
        }
        work.add(() -> { held(org, specific, jan, 8, satisfied(8)); return null; });
        // Noise: a session of 2023 (with an unhappy learner) and a cancelled one are not counted.
        work.add(() -> { held(org, inPerson, LocalDate.of(2023, 12, 4), 2, List.of(1)); return null; });
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

        String catalogue = "byProgrammeType.find { it.programmeType == 'CATALOGUE' }.";
        String regionalProgramme = "byProgrammeType.find { it.programmeType == 'REGIONAL_PROGRAMME' }.";
        String specificRequest = "byProgrammeType.find { it.programmeType == 'SPECIFIC_REQUEST' }.";
        JsonPath figures = as(admin(org)).queryParam("year", 2024).get("/api/v1/orgs/{org}/training/statistics", org)
                .then().statusCode(200)
                .body("sessions", equalTo(298),
                        "sessionsByModality", equalTo(Map.of("IN_PERSON", 166, "SELF_PACED", 86, "VIRTUAL_CLASSROOM", 46)),
                        catalogue + "sessions", equalTo(283),
                        catalogue + "sessionsByModality",
                        equalTo(Map.of("IN_PERSON", 151, "SELF_PACED", 86, "VIRTUAL_CLASSROOM", 46)),
                        catalogue + "satisfactionRate", equalTo(99.0f),
                        regionalProgramme + "sessions", equalTo(3),
                        regionalProgramme + "sessionsByModality", equalTo(Map.of("IN_PERSON", 3)),
                        regionalProgramme + "trainingDays", equalTo(30.0f),
                        regionalProgramme + "trainees", equalTo(24),
                        regionalProgramme + "satisfactionRate", equalTo(100.0f),
                        specificRequest + "sessions", equalTo(12),
                        specificRequest + "sessionsByModality", equalTo(Map.of("IN_PERSON", 12)),
                        specificRequest + "trainingDays", equalTo(31.5f),
                        specificRequest + "trainees", equalTo(63),
                        specificRequest + "satisfactionRate", equalTo(100.0f))
                .extract().jsonPath();
        // The report's "catalogue and specific requests: 99 %" combines two programme types from their counts.
        long surveyed = figures.getLong(catalogue + "surveys") + figures.getLong(specificRequest + "surveys");
        long happy = figures.getLong(catalogue + "satisfiedSurveys") + figures.getLong(specificRequest + "satisfiedSurveys");
        assertEquals(163, surveyed);
        assertEquals(99, Math.round(100.0 * happy / surveyed));
        // The programme types add up to the year's outcomes.
        assertEquals(figures.getLong("outcomes.surveys"), figures.getList("byProgrammeType.surveys", Integer.class)
                .stream().mapToLong(Integer::longValue).sum());
        assertEquals(figures.getLong("trainees"), figures.getList("byProgrammeType.trainees", Integer.class).stream()
                .mapToLong(Integer::longValue).sum());
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
