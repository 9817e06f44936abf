package org.passerelle.training.enrolment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.training.Catalogue;
import org.passerelle.training.TrainingPolicy;

/**
 * Training's side of the core {@link Catalogue} contract. Enrolments go through {@link EnrolmentService#enrol},
 * so capacity, waitlist, selection, the learner role and duplicates stay training's rules.
 *
 * <p>The caller enrols with its own access, under {@code TrainingPolicy}'s rules: staff into any session, a member
 * structure's contact its own agents into what a learner could enrol into itself (an open or full session of a
 * published course), as with {@code POST /sessions/{id}/enrolments}.
 */
@ApplicationScoped
class TrainingCatalogue implements Catalogue {

    private static final String OPEN_SESSIONS = """
            SELECT s.id, s.course_id, s.starts_at, s.capacity - s.seats_taken
            FROM training_sessions s JOIN training_courses c ON c.org_id = s.org_id AND c.id = s.course_id
            WHERE s.org_id = :org AND s.course_id IN (:courses) AND s.status IN ('OPEN', 'FULL') AND c.published
            ORDER BY s.starts_at NULLS LAST, s.id""";

    private final EntityManager em;
    private final EnrolmentService enrolments;
    private final TrainingPolicy policy;

    TrainingCatalogue(EntityManager em, EnrolmentService enrolments, TrainingPolicy policy) {
        this.policy = policy;
        this.em = em;
        this.enrolments = enrolments;
    }

    @Override
    public List<CourseRef> courses(UUID orgId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, code, title, published FROM training_courses WHERE org_id = :org AND id IN (:ids)
                ORDER BY code""").setParameter("org", orgId).setParameter("ids", ids).getResultList();
        return rows.stream().map(r -> new CourseRef((UUID) r[0], (String) r[1], (String) r[2], (Boolean) r[3]))
                .toList();
    }

    @Override
    public List<OpenSession> openSessions(UUID orgId, Collection<UUID> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OPEN_SESSIONS).setParameter("org", orgId)
                .setParameter("courses", courseIds).getResultList();
        return rows.stream().map(r -> new OpenSession((UUID) r[0], (UUID) r[1], SqlValues.instant(r[2]),
                ((Number) r[3]).intValue())).toList();
    }

    @Override
    public Enrolled enrol(OrgAccess caller, UUID sessionId, UUID learnerId, UUID memberId, String needsAnalysis) {
        EnrolmentView e = enrolments.enrol(caller, sessionId,
                policy.proposedEnrolment(caller, learnerId, memberId, needsAnalysis));
        return new Enrolled(e.id(), e.status().name());
    }
}
