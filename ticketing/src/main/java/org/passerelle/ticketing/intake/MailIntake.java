package org.passerelle.ticketing.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.passerelle.core.access.AccessService;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.DomainException;
import org.passerelle.core.persistence.Instants;
import org.passerelle.ticketing.TicketingPolicy;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Files a received message, once whatever the number of readings (crash, second instance): a requester's new
 * message becomes a ticket in the mailbox's category, a reply naming one of the organisation's tickets a public
 * comment on it; anything else (unknown sender, program, too many messages, refused) waits in the quarantine.
 */
@ApplicationScoped
public class MailIntake {

    /** What became of a message. */
    public enum Outcome {
        TICKET, COMMENT, QUARANTINE, ALREADY_RECEIVED
    }

    private static final Logger LOG = Logger.getLogger(MailIntake.class);
    private static final Pattern REFERENCE = Pattern.compile("\\[(T-\\d{4}-\\d{6})]");
    private static final Pattern THREAD = Pattern.compile("<ticket-([0-9a-fA-F-]{36})[.@]");

    private final EntityManager em;
    private final AccessService access;
    private final TicketingPolicy policy;
    private final MailFiling filing;
    private final Quarantine quarantine;
    private final IntakeConfig config;

    MailIntake(EntityManager em, AccessService access, TicketingPolicy policy, MailFiling filing,
            Quarantine quarantine, IntakeConfig config) {
        this.em = em;
        this.access = access;
        this.policy = policy;
        this.filing = filing;
        this.quarantine = quarantine;
        this.config = config;
    }

    /**
     * Files the message in its own transaction. A ticket or comment the desk refuses (closed ticket, category
     * not subscribed...) rolls back and the message is quarantined instead, in a second one.
     */
    public Outcome receive(UUID orgId, UUID defaultCategory, InboundMail mail) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> file(orgId, defaultCategory, mail));
        } catch (DomainException refused) {
            LOG.infof("Mail %s refused by the desk: %s", mail.messageId(), refused.getMessage());
            return QuarkusTransaction.requiringNew().call(() -> claim(orgId, mail)
                    ? quarantined(orgId, mail, Quarantine.Reason.REFUSED, refused.messageKey())
                    : Outcome.ALREADY_RECEIVED);
        }
    }

    private Outcome file(UUID orgId, UUID defaultCategory, InboundMail mail) {
        if (!claim(orgId, mail)) {
            return Outcome.ALREADY_RECEIVED;
        }
        if (mail.automatic() != null) {
            return quarantined(orgId, mail, Quarantine.Reason.AUTOMATIC, mail.automatic());
        }
        Optional<OrgAccess> author = access.accessByEmail(orgId, mail.sender())
                .filter(policy::filesByMail);
        if (author.isEmpty()) {
            return quarantined(orgId, mail, Quarantine.Reason.UNKNOWN_SENDER, null);
        }
        Optional<Object[]> ticket = namedTicket(orgId, mail);
        if (ticket.isPresent()) {
            if (!policy.maySee(author.get(), (UUID) ticket.get()[1])) {
                return quarantined(orgId, mail, Quarantine.Reason.REFUSED, "ticketing.intake.not-your-ticket");
            }
            UUID ticketId = (UUID) ticket.get()[0];
            filing.append(author.get(), ticketId, mail.text(), mail.files());
            return outcome(orgId, mail, Outcome.COMMENT, ticketId);
        }
        if (ticketsFiledLastHour(orgId, mail.sender()) >= config.maxTicketsPerHour()) {
            return quarantined(orgId, mail, Quarantine.Reason.RATE_LIMIT, null);
        }
        UUID ticketId = filing.file(author.get(), defaultCategory, mail.subject(), mail.text(), mail.files());
        return outcome(orgId, mail, Outcome.TICKET, ticketId);
    }

    /**
     * Claims the message: a second reading, even concurrent (it waits on the unique key), finds it claimed.
     */
    private boolean claim(UUID orgId, InboundMail mail) {
        return em.createNativeQuery("insert into mail_intake_messages (org_id, message_id, sender, received_at)"
                + " values (?1, ?2, ?3, ?4) on conflict do nothing").setParameter(1, orgId)
                .setParameter(2, mail.messageId()).setParameter(3, mail.sender()).setParameter(4, Instants.now())
                .executeUpdate() == 1;
    }

    private Outcome outcome(UUID orgId, InboundMail mail, Outcome outcome, UUID ticketId) {
        em.createNativeQuery("update mail_intake_messages set outcome = ?3, ticket_id = ?4"
                + " where org_id = ?1 and message_id = ?2").setParameter(1, orgId).setParameter(2, mail.messageId())
                .setParameter(3, outcome.name()).setParameter(4, ticketId).executeUpdate();
        return outcome;
    }

    private Outcome quarantined(UUID orgId, InboundMail mail, Quarantine.Reason reason, String detail) {
        quarantine.hold(orgId, mail, reason, detail);
        return outcome(orgId, mail, Outcome.QUARANTINE, null);
    }

    /** The organisation's ticket the message answers: [reference] in the subject, or our Message-ID in its thread. */
    private Optional<Object[]> namedTicket(UUID orgId, InboundMail mail) {
        Matcher reference = REFERENCE.matcher(mail.subject());
        if (reference.find()) {
            Optional<Object[]> found = ticket(orgId, "reference = ?2", reference.group(1));
            if (found.isPresent()) {
                return found;
            }
        }
        Matcher thread = THREAD.matcher(mail.threading());
        while (thread.find()) {
            Optional<Object[]> found = ticket(orgId, "id = cast(?2 as uuid)", thread.group(1).toLowerCase());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Object[]> ticket(UUID orgId, String condition, String value) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, member_id from tickets where org_id = ?1 and "
                + condition).setParameter(1, orgId).setParameter(2, value).getResultList();
        return rows.stream().findFirst();
    }

    private long ticketsFiledLastHour(UUID orgId, String sender) {
        return ((Number) em.createNativeQuery("select count(*) from mail_intake_messages where org_id = ?1"
                + " and sender = ?2 and outcome = 'TICKET' and received_at > now() - interval '1 hour'")
                .setParameter(1, orgId).setParameter(2, sender).getSingleResult()).longValue();
    }
}
