package org.passerelle.core.member;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.core.persistence.Where;


@ApplicationScoped
class MemberRepository implements TenantRepository<Member> {

    static final Keyset.Sort<Member> BY_NAME = new Keyset.Sort<>("name", "lower(e.name)", false,
            m -> m.name.toLowerCase(Locale.ROOT), s -> s);
    static final Keyset.Sort<Member> BY_CREATION = new Keyset.Sort<>("createdAt", "e.createdAt", false,
            m -> m.createdAt, Instant::parse);

    /** @param subscribers the members subscribing to the filter's service, when the filter names one; else null */
    List<Member> search(UUID orgId, MemberFilter filter, Set<UUID> subscribers, Keyset.Sort<Member> sort,
            PageRequest page) {
        if (subscribers != null && subscribers.isEmpty()) {
            return List.of();
        }
        String q = filter.q() == null || filter.q().isBlank() ? null
                : "%" + filter.q().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
        Where where = Where.of("e.orgId = :orgId", "orgId", orgId)
                .andIfGiven("(lower(e.name) like :q or e.siret like :q or e.inseeCode like :q)", "q", q)
                .andIfGiven("e.kind = :kind", "kind", filter.kind())
                .andIfGiven("e.active = :active", "active", filter.active())
                .andIfGiven("e.populationStratum = :stratum", "stratum", filter.stratum())
                .andIf(filter.inseeCode() != null, "e.inseeCode = :insee", "insee", filter.inseeCode())
                .andIfGiven("e.id in :subscribers", "subscribers", subscribers);
        var params = where.params();
        String hql = Keyset.apply("from Member e" + where.clause(), params, sort, page.after());
        // range() is inclusive: one row more than the page tells whether another page follows.
        return find(hql, params).range(0, page.limit()).list();
    }
}
