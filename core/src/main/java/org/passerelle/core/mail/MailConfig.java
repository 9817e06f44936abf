package org.passerelle.core.mail;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "passerelle.mail")
public interface MailConfig {

    /** How often the dispatcher looks for e-mails due (read by its @Scheduled expression). */
    @WithDefault("5s")
    Duration dispatchInterval();

    /** Attempts before an e-mail is parked (kept in mail_outbox with its last error, no longer retried). */
    @WithDefault("10")
    int maxAttempts();

    /** Wait after the first failure; doubled after each further one. */
    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** Longest wait for the mail server to take one e-mail; beyond, the attempt counts as failed. */
    @WithDefault("30s")
    Duration timeout();

    /** E-mails one dispatcher run sends at most, each claimed on its own just before it is sent. */
    @WithDefault("500")
    int batchSize();

    /**
     * How long a claimed e-mail stays reserved to the instance sending it (then another may retry it): longer than
     * one send at worst ({@code timeout}).
     */
    @WithDefault("2m")
    Duration lease();

    /** Language of e-mails to recipients without a preference. */
    @WithDefault("fr")
    String defaultLanguage();

    /**
     * Right-hand side of the {@code Message-ID}s of threaded e-mails ({@code <ticket-…@domain>}); by default the
     * domain of {@code quarkus.mailer.from}.
     */
    Optional<String> messageIdDomain();
}
