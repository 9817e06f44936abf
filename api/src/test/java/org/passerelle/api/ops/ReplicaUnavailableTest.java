package org.passerelle.api.ops;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.core.replica.ReadDatabase;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A replica configured but not answering (nothing listens on its port): Passerelle starts, and the reads
 * that would go to it, the BPF and every indicator a report or the key figures compute, are answered by the primary.
 */
@QuarkusTest
@TestProfile(ReplicaUnavailableTest.Unreachable.class)
class ReplicaUnavailableTest {

    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new ReadDatabaseTest.WithReplica().getConfigOverrides());
            config.put("quarkus.datasource.replica.jdbc.url", "jdbc:postgresql://127.0.0.1:9/passerelle");
            return config;
        }
    }

    @Inject
    ReadDatabase reads;

    @Inject
    MeterRegistry registry;

    @Test
    void the_primary_answers_the_reads_of_a_replica_that_does_not() {
        assertEquals(ReadDatabase.Source.PRIMARY, reads.source());
        String org = Fixtures.organisation("fallback");
        double primary = reads("primary");

        as(admin(org)).get("/api/v1/orgs/{org}/training/bpf/{year}", org, 2024).then().statusCode(200)
                .body("records", equalTo(0));
        assertEquals(primary + 1, reads("primary"));
        as(admin(org)).get("/api/v1/orgs/{org}/mission/key-figures/{year}", org, 2024).then().statusCode(200);
        assertTrue(reads("primary") > primary + 1);
        assertEquals(0, reads("replica"));
    }

    private double reads(String source) {
        Counter counter = registry.find("passerelle.reads").tag("source", source).counter();
        return counter == null ? 0 : counter.count();
    }
}
