package org.passerelle.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.passerelle.core.replica.NativeSql;
import org.passerelle.core.replica.ReadDatabase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With a replica configured and current, reads that may lag are given its connections. The "replica" here is the
 * test's PostgreSQL reached under another application name, read-only as a standby is: not in recovery, so its
 * lag is zero. Inside a transaction reads go to the primary, joining it. The fallback to
 * the primary when none is configured is what every other test runs on; a real standby, its lag and its loss are
 * exercised by ops/scale-out-test.sh.
 */
@QuarkusTest
@TestProfile(ReadDatabaseTest.WithReplica.class)
public class ReadDatabaseTest {

    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.replica.jdbc.url", "${quarkus.datasource.jdbc.url}",
                    "quarkus.datasource.replica.username", "${quarkus.datasource.username}",
                    "quarkus.datasource.replica.password", "${quarkus.datasource.password}",
                    "quarkus.datasource.replica.jdbc.additional-jdbc-properties.ApplicationName", "passerelle-replica",
                    // Refuses writes, as a standby does.
                    "quarkus.datasource.replica.jdbc.additional-jdbc-properties.options",
                    "-c default_transaction_read_only=on");
        }
    }

    @Inject
    ReadDatabase reads;

    @Test
    void a_current_replica_serves_the_reads() throws SQLException {
        assertEquals(ReadDatabase.Source.REPLICA, reads.source());
        assertEquals("passerelle-replica", reads.read(c -> {
            try (ResultSet r = c.createStatement().executeQuery("select current_setting('application_name')")) {
                r.next();
                return r.getString(1);
            }
        }));
    }

    @Test
    void reads_inside_a_transaction_go_to_the_primary() {
        List<Object[]> rows = new ArrayList<>();
        String name = QuarkusTransaction.requiringNew().call(() -> {
            assertEquals(ReadDatabase.Source.PRIMARY, reads.source());
            // A cursor in the caller's transaction: the connection's commit mode is the transaction's to keep.
            reads.stream(NativeSql.numbered("select ?1 union all select ?1", "passerelle"), rows::add);
            return (String) reads.query(q -> q.value("select current_setting('application_name')"));
        });
        assertEquals(2, rows.size());
        assertNotEquals("passerelle-replica", name);
        assertEquals(ReadDatabase.Source.REPLICA, reads.source());
    }
}
