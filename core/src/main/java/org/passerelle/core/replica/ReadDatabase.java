package org.passerelle.core.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Where reads that may lag a little (yearly statistics, reports, exports) run: on the PostgreSQL streaming replica
 * (datasource {@code replica}) while it is configured, answers, and is at most {@code passerelle.replica.max-staleness}
 * behind; on the primary otherwise, and always inside a transaction: a write computing from what it reads (a report
 * frozen, an indicator snapshot) reads the latest data, and what it wrote, on the primary. Writes never go through
 * here.
 */
@ApplicationScoped
public class ReadDatabase {

    /** Which server a read was given. */
    public enum Source {
        REPLICA, PRIMARY
    }

    /** Reads on a connection (of a standby, or of the primary: never write through it). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Lag in seconds: none on a primary or a standby that has replayed all it received. */
    static final String LAG = "select case when not pg_is_in_recovery() then 0"
            + " when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0"
            + " else extract(epoch from now() - pg_last_xact_replay_timestamp()) end";

    private static final int FETCH_SIZE = 1000;

    private static final Logger LOG = Logger.getLogger(ReadDatabase.class);

    private final AgroalDataSource primary;
    private final InjectableInstance<AgroalDataSource> replica;
    private final ReplicaConfig config;
    private final MeterRegistry metrics;
    private volatile Source current;
    private volatile Instant checkedAt = Instant.MIN;

    ReadDatabase(AgroalDataSource primary, @DataSource("replica") InjectableInstance<AgroalDataSource> replica,
            ReplicaConfig config, MeterRegistry metrics) {
        this.primary = primary;
        this.replica = replica;
        this.config = config;
        this.metrics = metrics;
    }

    /** Read-only native queries, as {@link Queries} runs them. */
    @FunctionalInterface
    public interface Query<T> {
        T run(Queries queries) throws SQLException;
    }

    /**
     * Runs {@code query} on the replica when it is usable, on the primary otherwise; a failure surfaces as a
     * {@link PersistenceException} (a lost database answers 503 like any other).
     */
    public <T> T query(Query<T> query) {
        return unchecked(source(), query);
    }

    /** Runs {@code query} on the primary: data written a moment ago, that the replica may not have replayed yet. */
    public <T> T queryPrimary(Query<T> query) {
        return unchecked(Source.PRIMARY, query);
    }

    /**
     * Gives each row of {@code query} to {@code row} as it is fetched, 1000 at a time from a cursor (memory stays
     * flat whatever the number of rows), on the replica when it is usable, on the primary otherwise: for exports.
     */
    public void stream(NativeSql query, Consumer<Object[]> row) {
        try {
            read(source(), c -> {
                if (!c.getAutoCommit()) { // the caller's transaction, on the primary: a cursor already
                    query.forEachRow(c, FETCH_SIZE, row);
                    return null;
                }
                c.setAutoCommit(false); // PostgreSQL fetches by cursor only in a transaction
                try {
                    query.forEachRow(c, FETCH_SIZE, row);
                } finally {
                    c.rollback(); // read only: nothing to keep
                    c.setAutoCommit(true);
                }
                return null;
            });
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private <T> T unchecked(Source source, Query<T> query) {
        try {
            return read(source, c -> query.run(Queries.on(c)));
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Runs {@code work} on a connection of the replica when it is usable, of the primary otherwise. */
    public <T> T read(Work<T> work) throws SQLException {
        return read(source(), work);
    }

    /**
     * Runs {@code work} on a connection of the primary: for a read the replica could not answer yet (data written a
     * moment ago, not replayed there).
     */
    public <T> T readPrimary(Work<T> work) throws SQLException {
        return read(Source.PRIMARY, work);
    }

    private <T> T read(Source source, Work<T> work) throws SQLException {
        Connection connection = null;
        if (source == Source.REPLICA) {
            try {
                connection = replica.get().getConnection();
            } catch (SQLException e) {
                // Lost since it was last measured: the primary answers until the next measurement finds it again.
                LOG.warnf("Replica unavailable (%s): reading from the primary", e.getMessage());
                current = Source.PRIMARY;
                source = Source.PRIMARY;
            }
        }
        metrics.counter("passerelle.reads", "source", source.name().toLowerCase()).increment();
        // Not setReadOnly: a pooled primary connection would keep it for the writes of a later borrower. A standby
        // refuses writes by itself.
        try (Connection c = connection != null ? connection : primary.getConnection()) {
            return work.run(c);
        }
    }

    /**
     * The server reads go to now: the primary inside a transaction; the replica's lag is measured at most once per
     * check interval.
     */
    public Source source() {
        if (!replica.getHandle().getBean().isActive() || QuarkusTransaction.isActive()) {
            return Source.PRIMARY;
        }
        if (current == null || Instant.now().isAfter(checkedAt.plus(config.checkInterval()))) {
            Source measured = measure();
            if (measured != current) {
                LOG.infof("Reads that may lag now go to the %s", measured.name().toLowerCase());
            }
            current = measured;
            checkedAt = Instant.now();
        }
        return current;
    }

    private Source measure() {
        try (Connection connection = replica.get().getConnection(); Statement s = connection.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet r = s.executeQuery(LAG)) {
                r.next();
                double lag = r.getDouble(1);
                if (r.wasNull() || lag > config.maxStaleness().toMillis() / 1000.0) {
                    LOG.warnf("Replica lag %s exceeds %s: reading from the primary", r.wasNull() ? "unknown" : lag + " s",
                            config.maxStaleness());
                    return Source.PRIMARY;
                }
                return Source.REPLICA;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Replica unavailable (%s): reading from the primary", e.getMessage());
            return Source.PRIMARY;
        }
    }
}
