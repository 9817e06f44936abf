package org.passerelle.api.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Scheduled jobs start halted and are resumed once the migrations are applied (the order itself, on an empty
 * database, is proven by CrashRecoveryIT): here, that they do run once the application has started.
 */
@QuarkusTest
class ScheduledJobsTest {

    @Inject
    Scheduler scheduler;

    @Test
    void the_scheduler_runs_once_the_schema_is_migrated() {
        assertTrue(scheduler.isRunning());
        assertTrue(scheduler.getScheduledJobs().size() >= 3, "SLA, webhooks, idempotency purge");
    }
}
