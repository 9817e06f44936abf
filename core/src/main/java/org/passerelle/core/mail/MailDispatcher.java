package org.passerelle.core.mail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends queued e-mails on the scheduler's worker thread, never a request's: retried with exponential backoff,
 * parked after too many failures. Several replicas may run it: each e-mail is claimed on its own, just before it
 * is sent, with {@code FOR UPDATE SKIP LOCKED} and a lease that outlasts that one send, and the SMTP exchange
 * happens outside any transaction, so each e-mail goes out once (unless an instance dies between sending and
 * recording, after its lease).
 */
@ApplicationScoped
class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);

    record Outgoing(UUID id, String to, String subject, String body, int attempts, String messageId, String threadId,
            Map<String, String> headers) {

        Mail mail(List<MailOutbox.Attachment> attachments) {
            Mail mail = Mail.withText(to, subject, body);
            if (messageId != null) {
                mail.addHeader("Message-ID", messageId);
                mail.addHeader("In-Reply-To", threadId);
                mail.addHeader("References", threadId);
            }
            headers.forEach(mail::addHeader);
            attachments.forEach(a -> mail.addAttachment(a.filename(), a.content(), a.contentType()));
            return mail;
        }
    }

    private final EntityManager em;
    private final ReactiveMailer mailer;
    private final MailConfig config;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    MailDispatcher(EntityManager em, ReactiveMailer mailer, MailConfig config, ObjectMapper json, MeterRegistry metrics) {
        this.em = em;
        this.json = json;
        this.metrics = metrics;
        this.mailer = mailer;
        this.config = config;
    }

    @Scheduled(every = "${passerelle.mail.dispatch-interval:5s}", delayed = "${passerelle.mail.dispatch-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        for (int sent = 0; sent < config.batchSize(); sent++) {
            Outgoing mail = claimNext();
            if (mail == null) {
                return;
            }
            send(mail);
        }
    }

    /** Leases the e-mail due first for one send, or returns null when none is due. */
    @SuppressWarnings("unchecked")
    private Outgoing claimNext() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update mail_outbox set lease_until = now() + make_interval(secs => ?1) where id = ("
                        + " select id from mail_outbox where status = 'PENDING' and next_attempt_at <= now()"
                        + " and (lease_until is null or lease_until < now())"
                        + " order by next_attempt_at limit 1 for update skip locked)"
                        + " returning id, recipient, subject, body, attempts, message_id, thread_id, cast(headers as text)")
                .setParameter(1, (double) config.lease().toSeconds()).getResultList());
        return rows.stream().findFirst().map(r -> new Outgoing((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), (String) r[5], (String) r[6], headers((String) r[7])))
                .orElse(null);
    }

    private void send(Outgoing mail) {
        String error = null;
        try {
            // Bounded: a server that accepts and never answers must not hold the dispatcher.
            mailer.send(mail.mail(attachments(mail.id()))).await().atMost(config.timeout());
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            error = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        record(mail, error);
    }

    private Map<String, String> headers(String stored) {
        try {
            return stored == null ? Map.of() : json.readValue(stored, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<MailOutbox.Attachment> attachments(UUID mailId) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select filename, content_type, content from mail_outbox_attachments where mail_id = ?1 order by position")
                .setParameter(1, mailId).getResultList());
        return rows.stream().map(r -> new MailOutbox.Attachment((String) r[0], (String) r[1], (byte[]) r[2])).toList();
    }

    private void record(Outgoing mail, String error) {
        int attempts = mail.attempts() + 1;
        metrics.counter("passerelle.mail.deliveries", "outcome",
                error == null ? "sent" : attempts >= config.maxAttempts() ? "parked" : "failed").increment();
        QuarkusTransaction.requiringNew().run(() -> {
            if (error == null) {
                em.createNativeQuery("update mail_outbox set status = 'SENT', attempts = ?2, last_error = null,"
                        + " sent_at = now(), lease_until = null, updated_at = now() where id = ?1")
                        .setParameter(1, mail.id()).setParameter(2, attempts).executeUpdate();
                return;
            }
            boolean park = attempts >= config.maxAttempts();
            em.createNativeQuery("update mail_outbox set status = ?2, attempts = ?3, last_error = ?4,"
                    + " next_attempt_at = now() + make_interval(secs => ?5), lease_until = null, updated_at = now()"
                    + " where id = ?1")
                    .setParameter(1, mail.id()).setParameter(2, park ? "PARKED" : "PENDING").setParameter(3, attempts)
                    .setParameter(4, error.length() > 500 ? error.substring(0, 500) : error)
                    .setParameter(5, backoff(attempts).toMillis() / 1000.0).executeUpdate();
            if (park) {
                LOG.warnf("E-mail %s to %s parked after %d attempts: %s", mail.id(), mail.to(), attempts, error);
            }
        });
    }

    /** initial × 2^(attempts−1), capped. */
    Duration backoff(int attempts) {
        Duration d = config.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : d;
    }
}
