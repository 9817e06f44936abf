package org.passerelle.training.course;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class CourseRepository implements PanacheRepositoryBase<Course, UUID> {

    static final Keyset.Sort<Course> BY_CODE = new Keyset.Sort<>("code", "lower(e.code)", false,
            c -> c.code.toLowerCase(Locale.ROOT), s -> s);
    static final Keyset.Sort<Course> BY_TITLE = new Keyset.Sort<>("title", "lower(e.title)", false,
            c -> c.title.toLowerCase(Locale.ROOT), s -> s);
    static final Keyset.Sort<Course> BY_CREATION = new Keyset.Sort<>("createdAt", "e.createdAt", false,
            c -> c.createdAt, Instant::parse);

    Optional<Course> findInOrg(UUID orgId, UUID id) {
        return find("orgId = ?1 and id = ?2", orgId, id).firstResultOptional();
    }

    boolean codeTaken(UUID orgId, UUID self, String code) {
        return find("orgId = ?1 and lower(code) = lower(?2)", orgId, code.strip()).stream()
                .anyMatch(c -> !c.id.equals(self));
    }

    List<Course> search(UUID orgId, CourseFilter filter, Keyset.Sort<Course> sort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("orgId", orgId);
        StringBuilder where = new StringBuilder("from Course e where e.orgId = :orgId");
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(e.code) like :q or lower(e.title) like :q)");
            params.put("q", "%" + filter.q().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        if (filter.modality() != null) {
            where.append(" and e.modality = :modality");
            params.put("modality", filter.modality());
        }
        if (filter.programmeType() != null) {
            where.append(" and e.programmeType = :programmeType");
            params.put("programmeType", filter.programmeType());
        }
        if (filter.published() != null) {
            where.append(" and e.published = :published");
            params.put("published", filter.published());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.append(" and array_contains(e.tags, :tag)");
            params.put("tag", filter.tag().strip().toLowerCase(Locale.ROOT));
        }
        String hql = Keyset.apply(where.toString(), params, sort, page.after());
        return find(hql, params).range(0, page.limit()).list();
    }
}
