package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.passerelle.api.ops.ReadDatabaseTest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * With a replica configured (read-only, as a standby), the yearly statistics of ticketing and training are read
 * through it. Ticketing's aggregates are built on an organisation's first read, a write: it goes to the primary (the
 * read-only replica would refuse it) and that first read is answered there; later reads are the replica's alone.
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

    private ValidatableResponse statistics(String org) {
        return as(admin(org)).get("/api/v1/orgs/{org}/ticketing/statistics", org).then().statusCode(200);
    }

    private double reads(String source) {
        Counter counter = registry.find("passerelle.reads").tag("source", source).counter();
        return counter == null ? 0 : counter.count();
    }
}
