package org.passerelle.core.retention;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Purges every {@link RetentionTarget} in batches. Every replica may run it: a {@code DELETE} of rows past their
 * retention is idempotent, and concurrent batches only find fewer rows.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final Instance<RetentionTarget> targets;
    private final RetentionConfig config;
    private final MeterRegistry metrics;

    RetentionJob(Instance<RetentionTarget> targets, RetentionConfig config, MeterRegistry metrics) {
        this.targets = targets;
        this.config = config;
        this.metrics = metrics;
    }

    @Scheduled(every = "${passerelle.retention.purge-interval:1h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Runs every purge to the end; returns the rows deleted per target. */
    public Map<String, Integer> purge() {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (RetentionTarget target : targets) {
            int total = 0;
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> target.purge(config.batchSize()));
                total += batch;
            } while (batch == config.batchSize());
            deleted.put(target.name(), total);
            if (total > 0) {
                metrics.counter("passerelle.retention.purged", "table", target.name()).increment(total);
                LOG.infof("Retention: purged %d %s", total, target.name());
            }
        }
        return deleted;
    }
}
