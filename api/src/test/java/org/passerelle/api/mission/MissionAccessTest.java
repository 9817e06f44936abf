package org.passerelle.api.mission;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.mission.Mission.BASE;
import static org.passerelle.api.mission.Mission.answer;
import static org.passerelle.api.mission.Mission.indicator;
import static org.passerelle.api.mission.Mission.objective;
import static org.passerelle.api.mission.Mission.seat;
import static org.passerelle.api.mission.Mission.target;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Who may do what with mission data: committee members answer only for themselves, the auditor reads
 * everything and writes only its conclusions, other roles and other organisations see nothing; a frozen report
 * never changes.
 */
@QuarkusTest
class MissionAccessTest {

    String org;
    String statutory;
    String operational;
    String indicatorId;
    String alice;
    String bob;

    @BeforeEach
    void mission() {
        org = Fixtures.organisation("mission");
        statutory = objective(org, null, "1", "Le partage du numérique via l'Open Source", null);
        operational = objective(org, statutory, "1.1", "Outiller les communautés", null);
        Mission.action(org, operational, 2024, "Déployer un réseau social d'entreprise open source", "STARTED", 40);
        indicatorId = indicator(org, operational, "Utilisateurs des services", "RESULT", "utilisateurs", null,
                List.of(target(2024, 50, null)));
        alice = Fixtures.person(org, admin(org), user("alice", org), List.of("committee"), null);
        bob = Fixtures.person(org, admin(org), user("bob", org), List.of("committee"), null);
        seat(org, alice, "Alice Martin", "PRESIDENT", false, null);
        seat(org, bob, "Bob Durand", "MEMBER", true, null);
        Fixtures.person(org, admin(org), user("oti", org), List.of("auditor"), null);
        Fixtures.person(org, admin(org), user("agent", org), List.of("agent"), null);
        as(admin(org)).body(Map.of("year", 2024)).post(BASE + "/sesame", org).then().statusCode(201);
    }

    @Test
    void a_committee_member_sees_and_edits_only_its_own_answers_until_the_campaign_closes() {
        String answers = BASE + "/sesame/2024/answers/me";
        answering(user("alice", org), answer("SINGULARITY", 4, "Très singulière"), answer("INNOVATION", 3, null))
                .then().statusCode(200).body("items.criterion", contains("SINGULARITY", "INNOVATION"));
        answering(user("bob", org), answer("SINGULARITY", 2, null)).then().statusCode(200);
        // Alice changes one answer; Bob's stays; each reads only its own.
        answering(user("alice", org), answer("SINGULARITY", 3, "Après réflexion")).then().statusCode(200);
        as(user("alice", org)).get(answers, org).then().statusCode(200)
                .body("items.score", contains(3, 3), "items[0].comment", equalTo("Après réflexion"));
        as(user("bob", org)).get(answers, org).then().statusCode(200).body("items.score", contains(2));

        // Results stay hidden from the committee while open; the admin follows them.
        as(user("alice", org)).get(BASE + "/sesame/2024/results", org).then().statusCode(403)
                .contentType("application/problem+json");
        as(admin(org)).get(BASE + "/sesame/2024/results", org).then().statusCode(200)
                .body("items[0].average", equalTo(2.5f), "items[0].distribution", contains(0, 1, 1, 0));

        // Bad answers change nothing.
        answering(user("alice", org), answer("SINGULARITY", 5, null)).then().statusCode(400)
                .contentType("application/problem+json");
        answering(user("alice", org), answer("SINGULARITY", 1, null), answer("SINGULARITY", 2, null)).then()
                .statusCode(422);
        as(user("alice", org)).get(answers, org).then().body("items.score", contains(3, 3));

        // Neither the admin nor the auditor answers, nor a committee-role person without a seat.
        answering(admin(org), answer("SINGULARITY", 4, null)).then().statusCode(403);
        answering(user("oti", org), answer("SINGULARITY", 4, null)).then().statusCode(403);
        Fixtures.person(org, admin(org), user("unseated", org), List.of("committee"), null);
        answering(user("unseated", org), answer("SINGULARITY", 4, null)).then()
                .statusCode(403).body("detail", containsString("committee"));

        as(admin(org)).header("If-Match", "\"0\"").post(BASE + "/sesame/2024/close", org).then().statusCode(200);
        answering(user("bob", org), answer("SINGULARITY", 4, null)).then().statusCode(409);
        as(user("bob", org)).get(BASE + "/sesame/2024/results", org).then().statusCode(200)
                .body("items[0].average", equalTo(2.5f), "items[0].respondents", equalTo(2));
    }

    /** The caller's Sésame 2024 answers for some criteria. */
    @SafeVarargs
    private io.restassured.response.Response answering(String who, Map<String, Object>... given) {
        return as(who).body(Map.of("answers", List.of(given))).put(BASE + "/sesame/{year}/answers/me", org, 2024);
    }

    @Test
    void the_auditor_reads_everything_and_writes_only_its_conclusions() {
        String oti = user("oti", org);
        as(oti).get(BASE + "/objectives", org).then().statusCode(200).body("items", hasSize(2));
        as(oti).get(BASE + "/indicators/{id}/measurements", org, indicatorId).then().statusCode(200);
        as(oti).get(BASE + "/committee", org).then().statusCode(200);

        as(oti).body(Map.of("code", "2", "title", "Autre")).post(BASE + "/objectives", org).then().statusCode(403);
        as(oti).body(Map.of("planned", "Autre", "progress", "ACHIEVED")).header("If-Match", "\"0\"")
                .put(BASE + "/objectives/{id}/actions/2024", org, operational).then().statusCode(403);
        as(oti).header("If-Match", "\"0\"").body(Map.of("employeeCount", 3, "threeYearOti", true))
                .put(BASE + "/profile", org).then().statusCode(403);
        as(oti).body(Map.of("year", 2024, "value", 10)).post(BASE + "/indicators/{id}/measurements", org, indicatorId)
                .then().statusCode(403);
        as(oti).body(Map.of("findings", "Rien")).put(BASE + "/reports/2024/findings", org).then().statusCode(403);
        as(oti).post(BASE + "/reports/2024/freeze", org).then().statusCode(403);
        as(oti).body(Map.of("periodFrom", "2024-01-01", "periodTo", "2025-12-31", "verifier", "OTI"))
                .post(BASE + "/verifications", org).then().statusCode(403);
        as(admin(org)).get(BASE + "/actions?year=2024", org).then().body("items[0].progress", equalTo("STARTED"));

        String cycle = as(admin(org)).body(Map.of("periodFrom", "2024-01-01", "periodTo", "2025-12-31",
                "verifier", "Cabinet OTI accrédité COFRAC")).post(BASE + "/verifications", org).then().statusCode(201)
                .body("dueOn", equalTo("2026-06-30")).extract().path("id");
        String conclude = BASE + "/verifications/{v}/conclusions/{o}";
        as(admin(org)).body(Map.of("conclusion", "MET")).put(conclude, org, cycle, statutory).then().statusCode(403);
        as(oti).body(Map.of("conclusion", "MET")).put(conclude, org, cycle, operational).then().statusCode(422);
        as(oti).body(Map.of("conclusion", "MET", "rationale", "Actions engagées et mesurées"))
                .put(conclude, org, cycle, statutory).then().statusCode(200)
                .body("conclusions[0].conclusion", equalTo("MET"));
        as(oti).body(Map.of("conclusion", "UNABLE_TO_CONCLUDE", "rationale", "Preuves insuffisantes"))
                .put(conclude, org, cycle, statutory).then().statusCode(200)
                .body("conclusions", hasSize(1), "conclusions[0].conclusion", equalTo("UNABLE_TO_CONCLUDE"));
        as(oti).header("If-Match", "\"0\"").body(Map.of("opinion", "Avis motivé de l'OTI"))
                .put(BASE + "/verifications/{v}/opinion", org, cycle).then().statusCode(200)
                .body("opinion", equalTo("Avis motivé de l'OTI"));
        // A period longer than the law's cadence (two years unless a small company asked for three) is refused.
        as(admin(org)).body(Map.of("periodFrom", "2024-01-01", "periodTo", "2026-12-31", "verifier", "OTI"))
                .post(BASE + "/verifications", org).then().statusCode(422);
    }

    @Test
    void the_evidence_package_carries_values_their_evidence_files_and_the_reports() throws IOException {
        String measurement = Mission.measurement(org, indicatorId, 2024, 42);
        byte[] proof = "Liste des comptes ouverts au 31/12/2024".getBytes(StandardCharsets.UTF_8);
        as(admin(org)).contentType("text/plain").body(proof).queryParam("filename", "comptes-2024.txt")
                .put(BASE + "/measurements/{m}/evidence", org, measurement).then().statusCode(200)
                .body("evidenceFile", equalTo("comptes-2024.txt"));
        String cycle = as(admin(org)).body(Map.of("periodFrom", "2024-01-01", "periodTo", "2024-12-31", "verifier", "OTI"))
                .post(BASE + "/verifications", org).then().statusCode(201).extract().path("id");

        JsonPath json = as(user("oti", org)).get(BASE + "/verifications/{v}/evidence", org, cycle).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, json.getList("indicators[0].trail").size());
        assertEquals(42f, json.getFloat("indicators[0].trail[0].value"));
        assertEquals("comptes-2024.txt", json.getString("indicators[0].trail[0].evidenceFile"));
        assertEquals("MISSED", json.getString("indicators[0].years.find { it.year == 2024 }.status"), "42 of 50");
        assertEquals(List.of("Le partage du numérique via l'Open Source", "Outiller les communautés"),
                json.getList("objectives.title"));
        assertEquals(2, json.getList("committee").size());

        byte[] zip = as(user("oti", org)).accept("application/zip").get(BASE + "/verifications/{v}/evidence", org, cycle)
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertTrue(entries.containsKey("evidence.json"), entries.keySet().toString());
        assertEquals(new String(proof, StandardCharsets.UTF_8),
                new String(entries.get("preuves/" + measurement + "-comptes-2024.txt"), StandardCharsets.UTF_8));
        assertTrue(MissionReportTest.pdfText(entries.get("rapports/rapport-de-mission-2024.pdf"))
                .contains("Rapport de mission 2024"));
        as(user("oti", org)).get(BASE + "/measurements/{m}/evidence", org, measurement).then().statusCode(200)
                .header("Content-Disposition", containsString("comptes-2024.txt"));
    }

    @Test
    void other_roles_and_other_organisations_see_nothing() {
        for (String path : List.of("/objectives", "/indicators", "/committee", "/sesame", "/reports/2024",
                "/verifications", "/purposes")) {
            as(user("agent", org)).get(BASE + path, org).then().statusCode(403).contentType("application/problem+json");
        }
        String other = Fixtures.organisation("mission-other");
        for (String path : List.of("/profile", "/purposes", "/objectives", "/objectives/" + operational,
                "/actions?year=2024", "/objectives/" + operational + "/actions/2024", "/indicators/" + indicatorId,
                "/indicators/" + indicatorId + "/years", "/indicators/" + indicatorId + "/measurements", "/committee",
                "/committee/members", "/committee/meetings", "/sesame", "/sesame/criteria", "/sesame/2024",
                "/sesame/2024/results", "/verifications", "/reports/2024", "/reports/2024/findings",
                "/key-figures/2024")) {
            as(admin(other)).accept("*/*").get(BASE + path, org).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        as(admin(other)).body(Map.of("year", 2025)).post(BASE + "/sesame", org).then().statusCode(404);
        as(admin(other)).post(BASE + "/reports/2024/freeze", org).then().statusCode(404);
        // In its own organisation the other admin finds none of ours, even by id.
        as(admin(other)).get(BASE + "/objectives", other).then().statusCode(200).body("items", empty());
        as(admin(other)).get(BASE + "/indicators/{id}", other, indicatorId).then().statusCode(404);
        as(admin(other)).body(Map.of("objectiveId", operational, "name", "Volé", "type", "RESULT", "unit", "%",
                "direction", "AT_LEAST")).post(BASE + "/indicators", other).then().statusCode(422);
        as(admin(other)).body(Map.of("code", "1.1", "title", "Volé", "parentId", statutory))
                .post(BASE + "/objectives", other).then().statusCode(422);
    }

    @Test
    void a_computed_indicator_takes_snapshots_with_provenance_and_refuses_typed_values() {
        String computed = indicator(org, operational, "Formateurs actifs", "MEANS", "formateurs",
                "training.trainers.active", List.of(target(2024, 16, null)));
        as(admin(org)).body(Map.of("year", 2024, "value", 16)).post(BASE + "/indicators/{id}/measurements", org, computed)
                .then().statusCode(422).contentType("application/problem+json");
        as(admin(org)).body(Map.of("year", 2024)).post(BASE + "/indicators/{id}/snapshots", org, computed).then()
                .statusCode(201).body("origin", equalTo("SNAPSHOT"), "value", equalTo(0f),
                        "provenance.source", equalTo("training.trainers.active"), "provenance.from", equalTo("2024-01-01"),
                        "provenance.records", equalTo(0), "provenance.computedAt", notNullValue());
        as(admin(org)).body(Map.of("objectiveId", operational, "name", "X", "type", "RESULT", "unit", "%",
                "direction", "AT_LEAST", "sourceKey", "training.nothing")).post(BASE + "/indicators", org).then()
                .statusCode(422).body("detail", containsString("training.nothing"));
    }

    @Test
    void a_frozen_report_never_changes_and_partners_hear_of_it() {
        String webhook = as(admin(org)).body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes",
                List.of("mission.report.frozen"))).post("/api/v1/orgs/{org}/webhooks", org).then().statusCode(201)
                .extract().path("webhook.id");
        Mission.measurement(org, indicatorId, 2024, 42);
        String frozen = as(admin(org)).post(BASE + "/reports/2024/freeze", org).then().statusCode(200)
                .body("frozenAt", notNullValue()).extract().asString();

        // The data changes after approval…
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("planned", "Autre chose", "progress", "ACHIEVED"))
                .put(BASE + "/objectives/{id}/actions/2024", org, operational).then().statusCode(200);
        Mission.measurement(org, indicatorId, 2024, 7);
        // …the report does not.
        JsonPath after = as(admin(org)).get(BASE + "/reports/2024", org).then().statusCode(200).extract().jsonPath();
        JsonPath before = JsonPath.from(frozen);
        assertEquals(before.getMap(""), after.getMap(""));
        assertEquals("STARTED", after.getString("objectives[0].operational[0].action.progress"));
        assertEquals(42f, after.getFloat("keyFigures[0].value"));

        as(admin(org)).post(BASE + "/reports/2024/freeze", org).then().statusCode(409);
        as(admin(org)).body(Map.of("findings", "Trop tard")).put(BASE + "/reports/2024/findings", org).then()
                .statusCode(409);
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}/deliveries", org, webhook).then().statusCode(200)
                .body("items.eventType", hasItem("mission.report.frozen"));
    }
}
