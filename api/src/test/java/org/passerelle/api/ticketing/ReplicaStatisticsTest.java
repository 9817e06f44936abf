package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.passerelle.api.ops.ReadDatabaseTest;
import org.passerelle.api.support.Fixtures;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * With a replica configured (read-only, as a standby), the yearly statistics of ticketing and training, the BPF, the
 * indicators of a live mission report and the CSV exports are read through it. Ticketing's aggregates are built on an
 * organisation's first read, a write: it goes to the primary (the read-only replica would refuse it) and that first
 * read is answered there; later reads are the replica's alone. Freezing a report, a write, reads the primary.
 */
@QuarkusTest
@TestProfile(ReadDatabaseTest.WithReplica.class)
class ReplicaStatisticsTest {

    @Inject
    MeterRegistry registry;

    @Test
    void ticketing_statistics_are_built_on_the_primary_then_read_on_the_replica() {
        Desk desk = new Desk();
        desk.ticket(desk.requester, "Imprimante en panne");
        double replica = reads("replica");
        double primary = reads("primary");

        statistics(desk.org).body("created", equalTo(1)); // first read: not built on the replica, built and read on the primary
        assertEquals(primary + 1, reads("primary"));
        assertEquals(replica + 1, reads("replica"));

        desk.ticket(desk.requester, "Écran noir"); // kept by the trigger on the primary, seen by the replica
        statistics(desk.org).body("created", equalTo(2));
        assertEquals(primary + 1, reads("primary"));
        assertEquals(replica + 2, reads("replica"));
    }

    @Test
    void training_statistics_are_read_on_the_replica() {
        Desk desk = new Desk();
        double replica = reads("replica");
        as(admin(desk.org)).queryParam("year", 2024).get("/api/v1/orgs/{org}/training/statistics", desk.org).then()
                .statusCode(200).body("sessions", equalTo(0));
        assertEquals(replica + 1, reads("replica"));
    }

    @Test
    void ticket_exports_stream_from_the_replica() {
        Desk desk = new Desk();
        desk.ticket(desk.requester, "Imprimante en panne");
        desk.ticket(desk.otherRequester, "Paie de mars");
        double replica = reads("replica");
        double primary = reads("primary");

        // Named parameters, a list among them (statuses), bound on the replica's plain JDBC connection.
        String csv = as(desk.agent).accept("text/csv").queryParam("status", "AWAITING_APPROVAL", "NEW", "IN_PROGRESS")
                .queryParam("q", "imprimantes").get("/api/v1/orgs/{org}/tickets/export", desk.org).then()
                .statusCode(200).extract().asString();
        assertEquals(2, csv.lines().count(), csv);
        assertTrue(csv.contains("Imprimante en panne") && csv.contains("Mairie de Capbreton"), csv);
        assertEquals(replica + 2, reads("replica")); // the ids to name, then the rows
        assertEquals(primary, reads("primary"));
    }

    @Test
    void training_exports_stream_from_the_replica() {
        Desk desk = new Desk();
        double replica = reads("replica");
        double primary = reads("primary");
        for (String path : List.of("/exports/enrolments?year=2024", "/exports/attendance?year=2024",
                "/bpf/2024/records")) {
            as(admin(desk.org)).accept("text/csv").get("/api/v1/orgs/{org}/training" + path, desk.org).then()
                    .statusCode(200);
        }
        assertEquals(replica + 5, reads("replica")); // enrolments and attendance: names, then rows; BPF: rows
        assertEquals(primary, reads("primary"));
    }

    @Test
    void the_bpf_figures_are_read_on_the_replica() {
        String org = Fixtures.organisation("bpf");
        double replica = reads("replica");
        double primary = reads("primary");
        as(admin(org)).get("/api/v1/orgs/{org}/training/bpf/{year}", org, 2024).then().statusCode(200)
                .body("records", equalTo(0));
        as(admin(org)).accept("text/csv").get("/api/v1/orgs/{org}/training/bpf/{year}", org, 2024).then()
                .statusCode(200);
        assertEquals(replica + 2, reads("replica")); // the enrolments and the trainers' hours, on one connection each time
        assertEquals(primary, reads("primary"));
    }

    @Test
    void a_live_mission_report_computes_its_indicators_on_the_replica_its_freeze_on_the_primary() {
        String org = Fixtures.organisation("mission");
        String statutory = created(org, "/objectives", Map.of("code", "1", "title", "Partager le numérique"));
        String operational = created(org, "/objectives", Map.of("parentId", statutory, "code", "1.1",
                "title", "Former les agents"));
        created(org, "/indicators", Map.of("objectiveId", operational, "name", "Formateurs actifs", "type", "MEANS",
                "unit", "formateurs", "direction", "AT_LEAST", "sourceKey", "training.trainers.active",
                "targets", List.of(Map.of("year", 2024, "value", 3))));
        double replica = reads("replica");
        double primary = reads("primary");

        as(admin(org)).get(MISSION + "/reports/{year}", org, 2024).then().statusCode(200)
                .body("frozenAt", equalTo(null), "keyFigures[0].value", equalTo(0f));
        assertEquals(replica + 1, reads("replica")); // the SPI-bound indicator, computed live
        assertEquals(primary, reads("primary"));

        // A write: the indicator is snapshotted in the freeze's transaction, on the primary.
        as(admin(org)).post(MISSION + "/reports/{year}/freeze", org, 2024).then().statusCode(200)
                .body("keyFigures[0].value", equalTo(0f));
        assertEquals(replica + 1, reads("replica"));
        assertEquals(primary + 1, reads("primary"));

        as(admin(org)).get(MISSION + "/reports/{year}", org, 2024).then().statusCode(200); // frozen: nothing computed
        assertEquals(replica + 1, reads("replica"));
        assertEquals(primary + 1, reads("primary"));
    }

    private static final String MISSION = "/api/v1/orgs/{org}/mission";

    private static String created(String org, String path, Map<String, Object> body) {
        return as(admin(org)).body(body).post(MISSION + path, org).then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse statistics(String org) {
        return as(admin(org)).get("/api/v1/orgs/{org}/ticketing/statistics", org).then().statusCode(200);
    }

    private double reads(String source) {
        Counter counter = registry.find("passerelle.reads").tag("source", source).counter();
        return counter == null ? 0 : counter.count();
    }
}
