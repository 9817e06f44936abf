package org.passerelle.training.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    /** Draft sessions without slots sort by their creation instant. */
    static final Keyset.Sort<Session> BY_START = new Keyset.Sort<>("startsAt", "coalesce(e.startsAt, e.createdAt)",
            false, s -> s.startsAt != null ? s.startsAt : s.createdAt, Instant::parse);
    static final Keyset.Sort<Session> BY_CREATION = new Keyset.Sort<>("createdAt", "e.createdAt", false,
            s -> s.createdAt, Instant::parse);

    Optional<Session> findInOrg(UUID orgId, UUID id) {
        return find("orgId = ?1 and id = ?2", orgId, id).firstResultOptional();
    }

    /** Whether the learner holds a seat in the session, counted in SQL (enrolments belong to another package). */
    boolean seated(UUID orgId, UUID sessionId, UUID learnerId) {
        if (learnerId == null) {
            return false;
        }
        Number n = (Number) getEntityManager().createNativeQuery("""
                SELECT count(*) FROM training_enrolments
                WHERE org_id = ?1 AND session_id = ?2 AND learner_id = ?3 AND holds_seat""")
                .setParameter(1, orgId).setParameter(2, sessionId).setParameter(3, learnerId).getSingleResult();
        return n.longValue() > 0;
    }

    List<Session> search(UUID orgId, SessionFilter filter, Keyset.Sort<Session> sort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("orgId", orgId);
        StringBuilder where = new StringBuilder("from Session e where e.orgId = :orgId");
        if (filter.courseId() != null) {
            where.append(" and e.courseId = :courseId");
            params.put("courseId", filter.courseId());
        }
        if (filter.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", filter.status());
        }
        if (filter.trainerId() != null) {
            where.append(" and :trainerId member of e.trainerIds");
            params.put("trainerId", filter.trainerId());
        }
        if (filter.from() != null) {
            where.append(" and e.endsAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.startsAt < :to");
            params.put("to", filter.to());
        }
        String hql = Keyset.apply(where.toString(), params, sort, page.after());
        return find(hql, params).range(0, page.limit()).list();
    }
}
