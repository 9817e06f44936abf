package org.passerelle.core.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long core's delivery logs are kept ({@code PASSERELLE_RETENTION_*}); docs/operations.md#retention. */
@ConfigMapping(prefix = "passerelle.retention")
public interface RetentionConfig {

    /** How often the purges run (read by RetentionJob's @Scheduled expression). */
    @WithDefault("1h")
    Duration purgeInterval();

    /** Rows deleted per transaction: short transactions, no long lock on a busy table. */
    @WithDefault("1000")
    int batchSize();

    /** Delivered and parked webhook deliveries, counted from their last attempt; then their events. */
    @WithDefault("30d")
    Duration webhookDeliveries();

    /** Sent and parked e-mails (recipient, subject and body: personal data), counted from their last attempt. */
    @WithDefault("90d")
    Duration mail();
}
