package org.passerelle.core.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.persistence.TenantRepository;


@ApplicationScoped
class MemberRepository implements TenantRepository<Member> {

    static final Keyset.Sort<Member> BY_NAME = new Keyset.Sort<>("name", "lower(e.name)", false,
            m -> m.name.toLowerCase(Locale.ROOT), s -> s);
    static final Keyset.Sort<Member> BY_CREATION = new Keyset.Sort<>("createdAt", "e.createdAt", false,
            m -> m.createdAt, Instant::parse);

    List<Member> search(UUID orgId, MemberFilter filter, Keyset.Sort<Member> sort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("orgId", orgId);
        StringBuilder where = new StringBuilder("from Member e where e.orgId = :orgId");
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(e.name) like :q or e.siret like :q or e.inseeCode like :q)");
            params.put("q", "%" + filter.q().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.kind() != null) {
            where.append(" and e.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.active() != null) {
            where.append(" and e.active = :active");
            params.put("active", filter.active());
        }
        if (filter.stratum() != null) {
            where.append(" and e.populationStratum = :stratum");
            params.put("stratum", filter.stratum());
        }
        if (filter.inseeCode() != null) {
            where.append(" and e.inseeCode = :insee");
            params.put("insee", filter.inseeCode());
        }
        if (filter.serviceId() != null) {
            // Subscriptions are mapped in another package: a native-free HQL subquery on their table's entity name.
            where.append(" and exists (select 1 from Subscription s where s.orgId = e.orgId and s.memberId = e.id"
                    + " and s.serviceId = :serviceId and s.startsOn <= :today and (s.endsOn is null or s.endsOn >= :today))");
            params.put("serviceId", filter.serviceId());
            params.put("today", LocalDate.now());
        }
        String hql = Keyset.apply(where.toString(), params, sort, page.after());
        // range() is inclusive: one row more than the page tells whether another page follows.
        return find(hql, params).range(0, page.limit()).list();
    }

    long countActive(UUID orgId, Instant createdBefore, MemberKind kind) {
        if (kind == null) {
            return count("orgId = ?1 and active = true and createdAt < ?2", orgId, createdBefore);
        }
        return count("orgId = ?1 and active = true and createdAt < ?2 and kind = ?3", orgId, createdBefore, kind);
    }
}
