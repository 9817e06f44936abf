package org.passerelle.api.mission;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.passerelle.api.mission.Mission.BASE;
import static org.passerelle.api.mission.Mission.answer;
import static org.passerelle.api.mission.Mission.indicator;
import static org.passerelle.api.mission.Mission.objective;
import static org.passerelle.api.mission.Mission.seat;
import static org.passerelle.api.mission.Mission.target;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Concurrently;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The mission policy over HTTP, operation by operation: an object named by id answers 404 to whoever may not
 * see mission data, whether it exists or not; a reader gets 403 for what it sees but may not do, and 404 for an
 * id that does not exist — an id of another organisation answering exactly like a random one; and the Sésame
 * results stay hidden from the committee until the campaign is closed, in the report and the evidence package
 * too.
 */
@QuarkusTest
class MissionPolicyTest {

    /** The ids of one organisation's mission objects, or random ones. */
    record Ids(String statutory, String operational, String indicator, String measurement, String seat,
            String meeting, String verification) {

        static Ids random() {
            return new Ids(Fixtures.unknownId(), Fixtures.unknownId(), Fixtures.unknownId(), Fixtures.unknownId(),
                    Fixtures.unknownId(), Fixtures.unknownId(), Fixtures.unknownId());
        }
    }

    /** One operation naming objects by id; {@code body} null for none. */
    record Op(String method, String path, Object body, String contentType) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every mission operation that names an object by id, with a valid body. */
    static List<Op> reads(Ids i) {
        return List.of(new Op("GET", "/objectives/" + i.operational(), null, null),
                new Op("GET", "/objectives/" + i.operational() + "/actions/2024", null, null),
                new Op("GET", "/indicators/" + i.indicator(), null, null),
                new Op("GET", "/indicators/" + i.indicator() + "/years", null, null),
                new Op("GET", "/indicators/" + i.indicator() + "/measurements", null, null),
                new Op("GET", "/measurements/" + i.measurement() + "/evidence", null, null),
                new Op("GET", "/committee/members/" + i.seat(), null, null),
                new Op("GET", "/committee/meetings/" + i.meeting(), null, null),
                new Op("GET", "/verifications/" + i.verification(), null, null),
                new Op("GET", "/verifications/" + i.verification() + "/evidence", null, null));
    }

    /** The operations on objects named by id that only admins may run. */
    static List<Op> adminWrites(Ids i) {
        String json = "application/json";
        return List.of(
                new Op("PUT", "/objectives/" + i.operational(),
                        Map.of("code", "1.1", "title", "Changé", "parentId", i.statutory()), json),
                new Op("DELETE", "/objectives/" + i.operational(), null, null),
                new Op("PUT", "/objectives/" + i.operational() + "/actions/2024",
                        Map.of("planned", "Changé", "progress", "ACHIEVED"), json),
                new Op("PUT", "/indicators/" + i.indicator(), Map.of("objectiveId", i.operational(), "name", "Changé",
                        "type", "RESULT", "unit", "%", "direction", "AT_LEAST"), json),
                new Op("DELETE", "/indicators/" + i.indicator(), null, null),
                new Op("POST", "/indicators/" + i.indicator() + "/measurements", Map.of("year", 2024, "value", 1), json),
                new Op("POST", "/indicators/" + i.indicator() + "/snapshots", Map.of("year", 2024), json),
                new Op("PUT", "/measurements/" + i.measurement() + "/evidence",
                        "Autre preuve".getBytes(StandardCharsets.UTF_8), "text/plain"),
                new Op("PUT", "/committee/members/" + i.seat(), Map.of("name", "Changé", "role", "MEMBER",
                        "employee", false, "termStart", "2024-12-01"), json),
                new Op("DELETE", "/committee/members/" + i.seat(), null, null),
                new Op("PUT", "/committee/meetings/" + i.meeting(), Map.of("heldOn", "2024-12-18", "title", "Changé"),
                        json),
                new Op("DELETE", "/committee/meetings/" + i.meeting(), null, null));
    }

    /** The operations on a cycle that only the auditor may run. */
    static List<Op> auditorWrites(Ids i) {
        String json = "application/json";
        return List.of(
                new Op("PUT", "/verifications/" + i.verification() + "/conclusions/" + i.statutory(),
                        Map.of("conclusion", "MET", "rationale", "Vu"), json),
                new Op("PUT", "/verifications/" + i.verification() + "/opinion", Map.of("opinion", "Avis"), json));
    }

    static List<Op> all(Ids i) {
        List<Op> all = new ArrayList<>(reads(i));
        all.addAll(adminWrites(i));
        all.addAll(auditorWrites(i));
        return all;
    }

    /** A mission with one object of each kind, the measurement with its evidence file; ids returned. */
    static Ids world(String org) {
        String statutory = objective(org, null, "1", "Le partage du numérique via l'Open Source", null);
        String operational = objective(org, statutory, "1.1", "Outiller les communautés", null);
        Mission.action(org, operational, 2024, "Déployer un réseau social d'entreprise open source", "STARTED", 40);
        String indicator = indicator(org, operational, "Utilisateurs des services", "RESULT", "utilisateurs", null,
                List.of(target(2024, 50, null)));
        String measurement = Mission.measurement(org, indicator, 2024, 42);
        as(admin(org)).contentType("text/plain").body("Liste des comptes".getBytes(StandardCharsets.UTF_8))
                .put(BASE + "/measurements/{m}/evidence", org, measurement).then().statusCode(200);
        String seat = seat(org, null, "Pascale Morel", "MEMBER", false, "Directrice d'Horizon Habitat Jeunes.");
        String meeting = as(admin(org)).body(Map.of("heldOn", "2024-12-18", "title", "Première réunion"))
                .post(BASE + "/committee/meetings", org).then().statusCode(201).extract().path("id");
        String verification = as(admin(org)).body(Map.of("periodFrom", "2024-01-01", "periodTo", "2024-12-31",
                "verifier", "OTI")).post(BASE + "/verifications", org).then().statusCode(201).extract().path("id");
        return new Ids(statutory, operational, indicator, measurement, seat, meeting, verification);
    }

    private static Response send(String who, String org, Op op) {
        RequestSpecification r = as(who).accept("*/*");
        if (op.method().equals("PUT") || op.method().equals("DELETE")) {
            r = r.header("If-Match", "\"0\"");
        }
        if (op.body() instanceof byte[] bytes) {
            r = r.contentType(op.contentType()).body(bytes);
        } else if (op.body() != null) {
            r = r.contentType(op.contentType()).body(op.body());
        }
        return r.request(op.method(), "/api/v1/orgs/" + org + "/mission" + op.path());
    }

    /** What a refusal tells: status, type, title and detail, ids blotted out. */
    private static String refusal(Response r) {
        if (r.statusCode() < 400) {
            return String.valueOf(r.statusCode());
        }
        return r.statusCode() + " " + r.contentType() + " " + r.path("type") + " " + r.path("title") + " "
                + String.valueOf((Object) r.path("detail")).replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "<id>");
    }

    /** {@code op} as {@code who} answers {@code status} on our objects, and on another organisation's ids just as on random ones. */
    private static void check(String who, String org, Op own, Op other, Op random, int status) {
        Response mine = send(who, org, own);
        assertEquals(status, mine.statusCode(), who + " " + own + ": " + mine.asString());
        String unknown = refusal(send(who, org, random));
        assertEquals("404 application/problem+json", unknown.substring(0, Math.min(unknown.length(), 28)),
                who + " " + random + ": " + unknown);
        assertEquals(unknown, refusal(send(who, org, other)), who + " " + other);
        if (status == 404) {
            assertEquals(unknown, refusal(mine), who + " " + own + " answers like an id that does not exist");
        }
    }

    @Test
    void a_caller_without_mission_access_finds_no_object_by_id_whether_it_exists_or_not() {
        String org = Fixtures.organisation("mission-policy");
        Ids ours = world(org);
        Ids theirs = world(Fixtures.organisation("mission-policy-other"));
        Ids random = Ids.random();
        Fixtures.person(org, admin(org), user("agent", org), List.of("agent"), null);
        Fixtures.person(org, admin(org), user("learner", org), List.of("learner"), null);
        // An agent, a learner and a platform administrator without membership see no mission data: lists answer
        // 403 (the refusal names no object), objects named by id 404, as if they did not exist.
        Concurrently.forEach(List.of(user("agent", org), user("learner", org), Tokens.PLATFORM_ADMIN), who -> {
            as(who).get(BASE + "/objectives", org).then().statusCode(403);
            List<Op> own = all(ours);
            List<Op> other = all(theirs);
            List<Op> unknown = all(random);
            for (int k = 0; k < own.size(); k++) {
                check(who, org, own.get(k), other.get(k), unknown.get(k), 404);
            }
        });
        // Nothing changed.
        as(admin(org)).get(BASE + "/objectives/{id}/actions/2024", org, ours.operational()).then().statusCode(200)
                .header("ETag", "\"0\"");
        as(admin(org)).get(BASE + "/committee/members", org).then().body("items", hasSize(1));
    }

    @Test
    void a_reader_gets_403_for_what_it_sees_but_may_not_do_and_404_for_what_does_not_exist() {
        String org = Fixtures.organisation("mission-policy");
        Ids ours = world(org);
        Ids theirs = world(Fixtures.organisation("mission-policy-other"));
        Ids random = Ids.random();
        String committee = user("committee", org);
        String oti = user("oti", org);
        Fixtures.person(org, admin(org), committee, List.of("committee"), null);
        Fixtures.person(org, admin(org), oti, List.of("auditor"), null);

        Concurrently.forEach(List.of(committee, oti, admin(org)), reader -> {
            List<Op> own = reads(ours);
            for (int k = 0; k < own.size(); k++) {
                check(reader, org, own.get(k), reads(theirs).get(k), reads(random).get(k), 200);
            }
        });
        // The committee and the auditor read but do not manage.
        Concurrently.forEach(List.of(committee, oti), reader -> {
            List<Op> own = adminWrites(ours);
            for (int k = 0; k < own.size(); k++) {
                check(reader, org, own.get(k), adminWrites(theirs).get(k), adminWrites(random).get(k), 403);
            }
        });
        // Only the auditor concludes and gives the opinion: admins and the committee read them.
        Concurrently.forEach(List.of(committee, admin(org)), reader -> {
            List<Op> own = auditorWrites(ours);
            for (int k = 0; k < own.size(); k++) {
                check(reader, org, own.get(k), auditorWrites(theirs).get(k), auditorWrites(random).get(k), 403);
            }
        });
        for (int k = 0; k < auditorWrites(ours).size(); k++) {
            check(oti, org, auditorWrites(ours).get(k), auditorWrites(theirs).get(k), auditorWrites(random).get(k), 200);
        }
        // The refusals changed nothing.
        as(admin(org)).get(BASE + "/objectives/{id}/actions/2024", org, ours.operational()).then()
                .header("ETag", "\"0\"");
        as(admin(org)).get(BASE + "/indicators/{id}/measurements", org, ours.indicator()).then().body("items", hasSize(1));
        as(admin(org)).get(BASE + "/committee/meetings", org).then().body("items", hasSize(1));
    }

    @Test
    void the_committee_sees_the_sesame_results_nowhere_before_the_campaign_closes() {
        String org = Fixtures.organisation("mission-sesame");
        String alice = user("alice", org);
        String oti = user("oti", org);
        seat(org, Fixtures.person(org, admin(org), alice, List.of("committee"), null), "Alice Martin", "PRESIDENT",
                true, null);
        Fixtures.person(org, admin(org), oti, List.of("auditor"), null);
        as(admin(org)).body(Map.of("year", 2024)).post(BASE + "/sesame", org).then().statusCode(201);
        as(alice).body(Map.of("answers", List.of(answer("SINGULARITY", 3, "Très singulière"))))
                .put(BASE + "/sesame/2024/answers/me", org).then().statusCode(200);
        String cycle = as(admin(org)).body(Map.of("periodFrom", "2024-01-01", "periodTo", "2024-12-31",
                "verifier", "OTI")).post(BASE + "/verifications", org).then().statusCode(201).extract().path("id");

        // While the campaign is open, neither the live report nor the evidence package shows the committee the
        // results it may not read directly; admins and the auditor follow them throughout.
        as(alice).get(BASE + "/sesame/2024/results", org).then().statusCode(403);
        as(alice).get(BASE + "/reports/2024", org).then().statusCode(200).body("sesame", empty());
        assertFalse(as(alice).accept("text/markdown").get(BASE + "/reports/2024", org).then().statusCode(200)
                .extract().asString().contains("Très singulière"));
        as(alice).get(BASE + "/verifications/{v}/evidence", org, cycle).then().statusCode(200).body("sesame", empty());
        for (String follower : List.of(admin(org), oti)) {
            as(follower).get(BASE + "/reports/2024", org).then().statusCode(200).body("sesame", hasSize(5),
                    "sesame[0].comments[0]", equalTo("Très singulière"));
            as(follower).get(BASE + "/verifications/{v}/evidence", org, cycle).then().statusCode(200)
                    .body("sesame", hasSize(1));
        }

        // A report approved while the campaign is still open keeps them, but not for the committee's eyes yet.
        as(admin(org)).post(BASE + "/reports/2024/freeze", org).then().statusCode(200).body("sesame", hasSize(5));
        as(alice).get(BASE + "/reports/2024", org).then().statusCode(200).body("sesame", empty());

        // Once closed, the committee sees them everywhere.
        as(admin(org)).header("If-Match", "\"0\"").post(BASE + "/sesame/2024/close", org).then().statusCode(200);
        as(alice).get(BASE + "/sesame/2024/results", org).then().statusCode(200);
        as(alice).get(BASE + "/reports/2024", org).then().statusCode(200).body("sesame", not(empty()),
                "sesame[0].comments[0]", equalTo("Très singulière"));
        as(alice).get(BASE + "/verifications/{v}/evidence", org, cycle).then().statusCode(200).body("sesame", hasSize(1));
    }
}
