package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.Page;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.persistence.Where;

import org.hibernate.query.NativeQuery;

/**
 * Reading tickets: one the caller may see, or a page of those it may see, newest first (oldest first with
 * {@code sort=createdAt}), with {@code q} a French full-text query. Keyset-paginated, one statement per page: the
 * where clause is SQL (full-text columns are not mapped) and selects the mapped columns of the tickets themselves
 * ({@code {e.*}}), so no second query fetches the rows of the ids found; order lines, for purchase orders only, come
 * in one more query for the whole page.
 */
@ApplicationScoped
public class TicketSearch {

    private static final Keyset.Sort<Ticket> BY_CREATION = new Keyset.Sort<>("createdAt", "e.created_at", true,
            t -> t.createdAt, Instant::parse);

    private final EntityManager em;
    private final TicketStore store;
    private final TicketCriteria criteria;

    TicketSearch(EntityManager em, TicketStore store, TicketCriteria criteria) {
        this.em = em;
        this.store = store;
        this.criteria = criteria;
    }

    public TicketView get(OrgAccess caller, UUID id) {
        return store.view(store.visible(caller, id));
    }

    public Page<TicketView> search(OrgAccess caller, TicketFilter filter, String sort, PageRequest page) {
        Keyset.Sort<Ticket> order = Keyset.Sort.parse(sort, BY_CREATION);
        Where where = criteria.where(caller, filter);
        Map<String, Object> params = where.params();
        String sql = Keyset.apply("select {e.*} from tickets e" + where.clause(), params, order, page.after())
                + " limit :limit";
        params.put("limit", page.limit() + 1);
        @SuppressWarnings("unchecked")
        NativeQuery<Ticket> query = em.createNativeQuery(sql).unwrap(NativeQuery.class).addEntity("e", Ticket.class);
        params.forEach(query::setParameter);
        Page<Ticket> tickets = Page.of(query.getResultList(), page, t -> order.cursorOf(t, t.id));
        Map<UUID, List<OrderLine>> lines = store.orderLines(tickets.items());
        return tickets.map(t -> store.view(t, lines.getOrDefault(t.id, List.of())));
    }
}
