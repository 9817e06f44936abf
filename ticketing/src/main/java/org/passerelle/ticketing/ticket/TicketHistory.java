package org.passerelle.ticketing.ticket;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.ticketing.TicketingPolicy;

/** The history of a ticket as the caller may read it: who did what when ({@link TicketStore} writes it). */
@ApplicationScoped
public class TicketHistory {

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final TicketStore store;

    TicketHistory(EntityManager em, TicketingPolicy policy, TicketStore store) {
        this.em = em;
        this.policy = policy;
        this.store = store;
    }

    /** The entries the caller may read; internal notes are staff's. */
    public List<HistoryEntry> list(OrgAccess caller, UUID id) {
        Ticket t = store.visible(caller, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select at, actor_id, actor, action, field, from_value, to_value"
                + " from ticket_history where org_id = ?1 and ticket_id = ?2 and (?3 or action <> 'internal-note')"
                + " order by id").setParameter(1, t.orgId).setParameter(2, t.id).setParameter(3, policy.seesInternal(caller)).getResultList();
        return rows.stream().map(r -> new HistoryEntry(SqlValues.instant(r[0]), (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6])).toList();
    }
}
