package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.Page;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.persistence.Where;

/**
 * Reading tickets: one the caller may see, or a page of those it may see, newest first (oldest first with
 * {@code sort=createdAt}), with {@code q} a French full-text query. Keyset-paginated: the ids of a page are
 * found in SQL (full-text columns are not mapped), then the tickets loaded in one query.
 */
@ApplicationScoped
public class TicketSearch {

    /** Rows of {@code select e.id, e.created_at}; newest first unless asked otherwise. */
    private static final Keyset.Sort<Object[]> BY_CREATION = new Keyset.Sort<>("createdAt", "e.created_at", true,
            r -> SqlValues.instant(r[1]), Instant::parse);

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
        Keyset.Sort<Object[]> order = Keyset.Sort.parse(sort, BY_CREATION);
        Where where = criteria.where(caller, filter);
        Map<String, Object> params = where.params();
        String sql = Keyset.apply("select e.id, e.created_at from tickets e" + where.clause(), params, order,
                page.after()) + " limit :limit";
        params.put("limit", page.limit() + 1);
        var query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Page<Object[]> ids = Page.of(rows, page, r -> order.cursorOf(r, (UUID) r[0]));
        Map<UUID, Ticket> loaded = ids.items().isEmpty() ? Map.of()
                : em.createQuery("from Ticket t where t.orgId = :org and t.id in :ids", Ticket.class)
                        .setParameter("org", caller.orgId())
                        .setParameter("ids", ids.items().stream().map(r -> (UUID) r[0]).toList()).getResultStream()
                        .collect(Collectors.toMap(t -> t.id, Function.identity()));
        return ids.map(r -> store.view(loaded.get((UUID) r[0])));
    }
}
