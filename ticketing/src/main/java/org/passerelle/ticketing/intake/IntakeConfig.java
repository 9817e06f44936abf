package org.passerelle.ticketing.intake;

import java.util.Map;
import java.util.UUID;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The organisations' mailboxes, keyed by organisation slug ({@code passerelle.intake.mailboxes."<slug>".host=...}).
 * No mailbox configured: nothing is polled.
 */
@ConfigMapping(prefix = "passerelle.intake")
public interface IntakeConfig {

    /** How often every mailbox is read. */
    @WithDefault("60s")
    String pollInterval();

    /** Tickets one address may file by mail in an hour; the next messages go to the quarantine. */
    @WithDefault("10")
    int maxTicketsPerHour();

    Map<String, Mailbox> mailboxes();

    /** An IMAP mailbox whose unseen messages become tickets of the organisation. */
    interface Mailbox {
        String host();

        @WithDefault("993")
        int port();

        String user();

        String password();

        @WithDefault("INBOX")
        String folder();

        /** IMAPS (TLS from the first byte); false: plain IMAP, for a server on the same host or the tests. */
        @WithDefault("true")
        boolean ssl();

        /** The category of tickets filed by mail. */
        UUID defaultCategory();
    }
}
