package org.passerelle.ticketing.ticket;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.persistence.Instants;
import org.passerelle.ticketing.TicketingPolicy;

/**
 * Related and duplicate tickets, and the merge of a duplicate into its original. Linking and merging are staff's
 * ({@link TicketingPolicy#workTicket}); whoever sees a ticket sees its links to tickets it may see itself.
 */
@ApplicationScoped
public class LinkService {

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final TicketStore store;
    private final Event<TicketNotice> notices;

    LinkService(EntityManager em, TicketingPolicy policy, TicketStore store, Event<TicketNotice> notices) {
        this.em = em;
        this.policy = policy;
        this.store = store;
        this.notices = notices;
    }

    @Transactional
    public List<LinkView> link(OrgAccess caller, UUID ticketId, UUID otherId, LinkKind kind) {
        Ticket t = store.visible(caller, ticketId);
        policy.workTicket(caller);
        Ticket other = other(caller, otherId);
        if (t.id.equals(other.id)) {
            throw new RuleViolationException("otherId", "ticketing.link.self");
        }
        int inserted = em.createNativeQuery("insert into ticket_links (org_id, ticket_id, other_id, kind, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing").setParameter(1, t.orgId).setParameter(2, t.id)
                .setParameter(3, other.id).setParameter(4, kind.name()).setParameter(5, Instants.now()).executeUpdate();
        if (inserted == 0) {
            throw new ConflictException("ticketing.link.exists", other.reference);
        }
        store.record(t, caller, "linked", kind.name(), null, other.reference);
        return links(caller, ticketId);
    }

    public List<LinkView> links(OrgAccess caller, UUID ticketId) {
        Ticket t = store.visible(caller, ticketId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.id, o.reference, l.kind, true, o.member_id from ticket_links l"
                + " join tickets o on o.id = l.other_id where l.org_id = ?1 and l.ticket_id = ?2"
                + " union all select o.id, o.reference, l.kind, false, o.member_id from ticket_links l"
                + " join tickets o on o.id = l.ticket_id where l.org_id = ?1 and l.other_id = ?2 order by 2")
                .setParameter(1, t.orgId).setParameter(2, t.id).getResultList();
        return rows.stream()
                // A requester only sees links to tickets it may see itself.
                .filter(r -> policy.maySee(caller, (UUID) r[4]))
                .map(r -> new LinkView((UUID) r[0], (String) r[1], LinkKind.valueOf((String) r[2]), (Boolean) r[3]))
                .toList();
    }

    /**
     * Merges a duplicate into its original: its public comments and attachments move to the original, its
     * history stays (with the merge recorded on both), it is closed as a duplicate, and its requester is told.
     */
    @Transactional
    public TicketView merge(OrgAccess caller, UUID duplicateId, long expectedVersion, UUID originalId) {
        Ticket duplicate = store.forAction(caller, duplicateId, expectedVersion, store::workTicket);
        Ticket original = other(caller, originalId);
        if (duplicate.id.equals(original.id)) {
            throw new RuleViolationException("originalId", "ticketing.link.self");
        }
        Ticket.Change merged = duplicate.mergeInto(original, Instants.now());
        em.createNativeQuery("update ticket_comments set ticket_id = ?2 where ticket_id = ?1")
                .setParameter(1, duplicate.id).setParameter(2, original.id).executeUpdate();
        em.createNativeQuery("update ticket_attachments set ticket_id = ?2 where ticket_id = ?1")
                .setParameter(1, duplicate.id).setParameter(2, original.id).executeUpdate();
        em.createNativeQuery("update tickets set search_public = search_public || (select search_public from tickets"
                + " where id = ?1), search_internal = search_internal || (select search_internal from tickets where id = ?1)"
                + " where id = ?2").setParameter(1, duplicate.id).setParameter(2, original.id).executeUpdate();
        em.createNativeQuery("insert into ticket_links (org_id, ticket_id, other_id, kind, created_at)"
                + " values (?1, ?2, ?3, 'DUPLICATE_OF', now()) on conflict (ticket_id, other_id) do update set kind = 'DUPLICATE_OF'")
                .setParameter(1, duplicate.orgId).setParameter(2, duplicate.id).setParameter(3, original.id)
                .executeUpdate();
        store.record(original, caller, "merged-in", "duplicate", null, duplicate.reference);
        TicketView view = store.save(duplicate, caller, List.of(merged), TicketEventTypes.UPDATED);
        notices.fire(new TicketNotice(TicketNotice.Kind.MERGED, duplicate.orgId, view, original.reference));
        return view;
    }

    private Ticket other(OrgAccess caller, UUID otherId) {
        try {
            return store.visible(caller, otherId);
        } catch (NotFoundException e) {
            throw new RuleViolationException("otherId", "ticketing.link.unknown", otherId);
        }
    }
}
