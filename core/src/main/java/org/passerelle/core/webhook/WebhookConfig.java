package org.passerelle.core.webhook;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "passerelle.webhooks")
public interface WebhookConfig {

    /** How often the dispatcher looks for deliveries due (read by its @Scheduled expression). */
    @WithDefault("2s")
    Duration dispatchInterval();

    /** Attempts before a delivery is parked (it can then be redelivered by hand). */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failure; doubled after each further one. */
    @WithDefault("10s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** Connection and response timeout of one delivery. */
    @WithDefault("10s")
    Duration timeout();

    /**
     * How long a claimed delivery stays reserved to the instance sending it; another may send it after that. By
     * default 3 × {@code timeout} + 30 s, more than one send can take (connection and response timeouts).
     */
    Optional<Duration> lease();

    /** Deliveries one dispatcher run sends at most, each claimed on its own just before it is sent. */
    @WithDefault("1000")
    int batchSize();

    /**
     * Allow http:// and private, loopback or link-local addresses. Off in production (a webhook must not
     * become a way to reach the internal network); on in dev and test, whose receivers are local.
     */
    @WithDefault("false")
    boolean allowInsecureUrls();

    /**
     * After a secret is rotated, how long the previous one keeps signing beside the new one (both signatures in
     * {@code webhook-signature}), so that receivers can switch without losing a delivery. A rotation may ask for
     * another overlap.
     */
    @WithDefault("24h")
    Duration secretOverlap();
}
