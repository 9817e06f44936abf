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
 * in one more query for the whole page. A search whose word is in more tickets than are sorted (see
 * {@code matches}) takes a second statement.
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
        List<Ticket> rows = filter.q() == null || filter.q().isBlank() ? null : matches(where, order, page, criteria.sortedMatches(caller));
        if (rows == null) {
            Map<String, Object> params = where.params();
            rows = query(Keyset.apply("select {e.*} from tickets e" + where.clause(), params, order, page.after())
                    + " limit :limit", params, page).getResultList();
        }
        Page<Ticket> tickets = Page.of(rows, page, t -> order.cursorOf(t, t.id));
        Map<UUID, List<OrderLine>> lines = store.orderLines(tickets.items());
        return tickets.map(t -> store.view(t, lines.getOrDefault(t.id, List.of())));
    }

    /**
     * A page of a full-text search, from the matches found through the GIN indexes then sorted: ordered by creation in
     * one statement, the planner would rather walk the creation index and test every ticket (it guesses that an unknown
     * word is in 0.5 % of them: seconds for a rare word). Null when there are more than {@code cap} matches after
     * the cursor: the word is common, so walking the tickets by creation finds a page soon.
     */
    private List<Ticket> matches(Where where, Keyset.Sort<Ticket> order, PageRequest page, int cap) {
        Map<String, Object> params = where.params();
        String sql = "with matching as materialized (select e.id, " + order.expression() + " as _key from tickets e"
                + where.clause() + Keyset.resume(params, order, page.after()) + " limit :cap),"
                + " page as (select id from matching" + Keyset.orderBy(order, "_key", "id") + " limit :limit)"
                + " select {e.*}, (select count(*) from matching) as matches from tickets e join page on page.id = e.id"
                + Keyset.orderBy(order, order.expression(), "e.id");
        params.put("cap", cap + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, params, page).addScalar("matches", Long.class).getResultList();
        if (!rows.isEmpty() && (Long) rows.get(0)[1] > cap) {
            return null;
        }
        return rows.stream().map(r -> (Ticket) r[0]).toList();
    }

    @SuppressWarnings("rawtypes")
    private NativeQuery query(String sql, Map<String, Object> params, PageRequest page) {
        params.put("limit", page.limit() + 1);
        NativeQuery query = em.createNativeQuery(sql).unwrap(NativeQuery.class).addEntity("e", Ticket.class);
        params.forEach(query::setParameter);
        return query;
    }
}
