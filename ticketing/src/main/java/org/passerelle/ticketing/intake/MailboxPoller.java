package org.passerelle.ticketing.intake;

import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.jboss.logging.Logger;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;

import io.quarkus.scheduler.Scheduled;

/**
 * Reads the unseen messages of every configured mailbox and hands each to the {@link MailIntake}, then marks it
 * seen. Several instances may read the same mailbox at once: the intake files a message once whatever the
 * number of readings, and a message left unseen by a crash is simply read again.
 */
@ApplicationScoped
public class MailboxPoller {

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class);
    private static final int TIMEOUT_MS = 30_000;

    private final IntakeConfig config;
    private final OrganisationService organisations;
    private final MailIntake intake;

    MailboxPoller(IntakeConfig config, OrganisationService organisations, MailIntake intake) {
        this.config = config;
        this.organisations = organisations;
        this.intake = intake;
    }

    @Scheduled(every = "${passerelle.intake.poll-interval:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = NoMailbox.class)
    void pollAll() {
        for (Map.Entry<String, IntakeConfig.Mailbox> box : config.mailboxes().entrySet()) {
            try {
                poll(box.getKey(), box.getValue());
            } catch (MessagingException | RuntimeException e) {
                // One unreachable mailbox must not keep the others from being read.
                LOG.warnf(e, "Mailbox of %s not read", box.getKey());
            }
        }
    }

    /** Reads the organisation's mailbox once; returns how many messages were handed to the intake. */
    public int poll(String orgSlug, IntakeConfig.Mailbox box) throws MessagingException {
        OrganisationView org = organisations.findBySlug(orgSlug)
                .orElseThrow(() -> new IllegalStateException("No organisation " + orgSlug + " for its mailbox"));
        String protocol = box.ssl() ? "imaps" : "imap";
        Properties props = new Properties();
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        // Reading a message must not mark it seen: only a filed message is, so a failed one is read again.
        props.put("mail." + protocol + ".peek", "true");
        Store store = Session.getInstance(props).getStore(protocol);
        store.connect(box.host(), box.port(), box.user(), box.password());
        try (store) {
            Folder folder = store.getFolder(box.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                int handled = 0;
                for (Message message : unseen) {
                    if (handle(org, box, (MimeMessage) message)) {
                        handled++;
                    }
                }
                return handled;
            } finally {
                folder.close(false);
            }
        }
    }

    /** A message that cannot be read or filed stays unseen, to be tried again at the next poll. */
    private boolean handle(OrganisationView org, IntakeConfig.Mailbox box, MimeMessage message) {
        try {
            MailIntake.Outcome outcome = intake.receive(org.id(), box.defaultCategory(), MailReader.read(message));
            message.setFlag(Flags.Flag.SEEN, true);
            LOG.debugf("Mail for %s: %s", org.slug(), outcome);
            return true;
        } catch (Exception e) {
            LOG.warnf(e, "Mail for %s not filed; it will be read again", org.slug());
            return false;
        }
    }

    /** Nothing to read when no mailbox is configured. */
    @ApplicationScoped
    static class NoMailbox implements Scheduled.SkipPredicate {

        private final IntakeConfig config;

        NoMailbox(IntakeConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return config.mailboxes().isEmpty();
        }
    }
}
