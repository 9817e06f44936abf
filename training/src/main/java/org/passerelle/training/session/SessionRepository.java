package org.passerelle.training.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.persistence.Where;

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

    /** Whether the person is one of the session's trainers or the trainer of one of its slots, in SQL. */
    boolean taughtBy(UUID orgId, UUID sessionId, UUID personId) {
        return (Boolean) getEntityManager().createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM training_session_trainers t
                               JOIN training_sessions s ON s.id = t.session_id
                               WHERE s.org_id = ?1 AND t.session_id = ?2 AND t.person_id = ?3)
                    OR EXISTS (SELECT 1 FROM training_session_slots sl
                               WHERE sl.org_id = ?1 AND sl.session_id = ?2 AND sl.trainer_id = ?3)""")
                .setParameter(1, orgId).setParameter(2, sessionId).setParameter(3, personId).getSingleResult();
    }

    List<Session> search(UUID orgId, SessionFilter filter, Keyset.Sort<Session> sort, PageRequest page) {
        Where where = Where.of("e.orgId = :orgId", "orgId", orgId)
                .andIfGiven("e.courseId = :courseId", "courseId", filter.courseId())
                .andIfGiven("e.status = :status", "status", filter.status())
                .andIfGiven("(:trainerId member of e.trainerIds or exists (from SessionSlot sl where sl.session = e"
                        + " and sl.trainerId = :trainerId))", "trainerId", filter.trainerId())
                .andIfGiven("e.endsAt >= :from", "from", filter.from())
                .andIfGiven("e.startsAt < :to", "to", filter.to());
        Map<String, Object> params = where.params();
        String hql = Keyset.apply("from Session e" + where.clause(), params, sort, page.after());
        return find(hql, params).range(0, page.limit()).list();
    }
}
