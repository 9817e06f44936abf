package org.passerelle.ticketing.ticket;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.passerelle.core.persistence.Instants;
import org.passerelle.core.webhook.WebhookPublisher;

import io.quarkus.scheduler.Scheduled;

/**
 * Flags tickets whose due date passed, once each, and announces it. A single UPDATE … RETURNING per kind,
 * so that several replicas never flag the same ticket twice. Also closes resolved tickets whose reopening
 * window is over.
 */
@ApplicationScoped
class SlaMonitor {

    private final EntityManager em;
    private final Event<SlaBreached> breaches;
    private final WebhookPublisher webhooks;
    private final TicketStore store;

    SlaMonitor(EntityManager em, Event<SlaBreached> breaches, WebhookPublisher webhooks, TicketStore store) {
        this.em = em;
        this.breaches = breaches;
        this.webhooks = webhooks;
        this.store = store;
    }

    @Scheduled(every = "${passerelle.ticketing.sla-check-interval:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        flagBreaches();
        closeExpired(500);
    }

    @Transactional
    int flagBreaches() {
        int flagged = flag("first_response_breached", "first_responded_at is null and first_response_due_at < now()"
                + " and status in ('NEW', 'IN_PROGRESS')", SlaBreached.Kind.FIRST_RESPONSE);
        flagged += flag("resolution_breached", "resolution_due_at < now() and status in ('NEW', 'IN_PROGRESS')",
                SlaBreached.Kind.RESOLUTION);
        return flagged;
    }

    private int flag(String column, String condition, SlaBreached.Kind kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update tickets set " + column + " = true, version = version + 1"
                + " where not " + column + " and " + condition + " returning org_id, id, reference").getResultList();
        for (Object[] r : rows) {
            SlaBreached breach = new SlaBreached((UUID) r[0], (UUID) r[1], (String) r[2], kind);
            em.createNativeQuery("insert into ticket_history (org_id, ticket_id, at, actor, action, field, to_value)"
                    + " values (?1, ?2, now(), 'system', 'sla-breached', ?3, 'true')").setParameter(1, r[0])
                    .setParameter(2, r[1]).setParameter(3, column).executeUpdate();
            webhooks.publish(breach.orgId(), TicketEventTypes.SLA_BREACHED,
                    Map.of("ticketId", breach.ticketId(), "reference", breach.reference(), "kind", kind));
            breaches.fire(breach);
        }
        return rows.size();
    }

    /**
     * Closes resolved tickets whose reopening window is over ({@link Ticket#expire}). Rows are locked with
     * {@code SKIP LOCKED}: a ticket another replica is closing, or a request is changing, is left to the next
     * run instead of failing the whole batch on a version collision.
     */
    @Transactional
    int closeExpired(int batch) {
        List<Ticket> resolved = em.createQuery("from Ticket t where t.status = :s and t.resolvedAt < :cutoff"
                + " order by t.resolvedAt", Ticket.class).setParameter("s", Status.RESOLVED)
                .setParameter("cutoff", Instants.now().minus(Duration.ofDays(1))).setMaxResults(batch)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", org.hibernate.Timeouts.SKIP_LOCKED_MILLI).getResultList();
        int closed = 0;
        for (Ticket t : resolved) {
            Optional<Ticket.Change> expired = t.expire(store.sla(t.orgId), Instants.now());
            if (expired.isPresent()) {
                store.recordSystem(t, expired.get());
                closed++;
            }
        }
        em.flush();
        return closed;
    }
}
