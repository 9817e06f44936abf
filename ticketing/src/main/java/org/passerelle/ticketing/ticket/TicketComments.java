package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.ticketing.TicketingPolicy;

/**
 * Follow-ups: public comments, and internal notes requesters never see. The desk's first public reply is a first
 * response; a requester's answer to a waiting ticket resumes it. Both are searchable in French full-text.
 */
@ApplicationScoped
public class TicketComments {

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final TicketStore store;
    private final WebhookPublisher webhooks;
    private final Event<TicketNotice> notices;

    TicketComments(EntityManager em, TicketingPolicy policy, TicketStore store, WebhookPublisher webhooks,
            Event<TicketNotice> notices) {
        this.em = em;
        this.policy = policy;
        this.store = store;
        this.webhooks = webhooks;
        this.notices = notices;
    }

    @Transactional
    public CommentView comment(OrgAccess caller, UUID id, String body, boolean internal) {
        Ticket t = store.visible(caller, id);
        policy.followUp(caller, internal);
        boolean desk = policy.repliesForTheDesk(caller);
        t.requireFollowUps();
        UUID commentId = UUID.randomUUID();
        Instant now = Instants.now();
        em.createNativeQuery("insert into ticket_comments (id, org_id, ticket_id, author_id, internal, body, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, commentId).setParameter(2, t.orgId)
                .setParameter(3, t.id).setParameter(4, caller.personId()).setParameter(5, internal)
                .setParameter(6, body).setParameter(7, now).executeUpdate();
        em.createNativeQuery("update tickets set " + (internal ? "search_internal = search_internal" : "search_public = search_public")
                + " || to_tsvector('french', ?2) where id = ?1").setParameter(1, t.id).setParameter(2, body).executeUpdate();
        store.record(t, caller, internal ? "internal-note" : "commented", null, null, null);
        if (desk && !internal) {
            t.markFirstResponse(Instants.now());
        }
        if (!internal && t.status == Status.WAITING && policy.answerResumes(caller, t.memberId)) {
            // The requester answered: the clock runs again.
            store.record(t, caller, t.resume(store.sla(t.orgId), Instants.now()));
        }
        t.updatedAt = now;
        em.flush();
        if (!internal) {
            TicketView view = store.view(t);
            webhooks.publish(t.orgId, TicketEventTypes.UPDATED, view);
            if (desk) {
                notices.fire(new TicketNotice(TicketNotice.Kind.REPLIED, t.orgId, view, body));
            }
        }
        return new CommentView(commentId, caller.personId(), internal, body, now);
    }

    public List<CommentView> list(OrgAccess caller, UUID id) {
        Ticket t = store.visible(caller, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, author_id, internal, body, created_at from ticket_comments"
                + " where org_id = ?1 and ticket_id = ?2 and (?3 or not internal) order by created_at, id")
                .setParameter(1, t.orgId).setParameter(2, t.id).setParameter(3, policy.seesInternal(caller)).getResultList();
        return rows.stream().map(r -> new CommentView((UUID) r[0], (UUID) r[1], (Boolean) r[2], (String) r[3],
                SqlValues.instant(r[4]))).toList();
    }
}
