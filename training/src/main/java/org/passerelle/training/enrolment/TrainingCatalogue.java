package org.passerelle.training.enrolment;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.person.Role;
import org.passerelle.core.training.Catalogue;

/**
 * Training's side of the core {@link Catalogue} contract. Enrolments go through {@link EnrolmentService#enrol},
 * so capacity, waitlist, selection, the learner role and duplicates stay training's rules.
 *
 * <p>A member structure's contact holds no training role: the calling module has decided it may enrol its own
 * agents, and the enrolment is then made by the training desk on its behalf, into what a learner could enrol into
 * itself (an open or full session of a published course) and classified for the BPF as an employee paid for by
 * the employer. Staff enrol with their own access.
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

    TrainingCatalogue(EntityManager em, EnrolmentService enrolments) {
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
        OrgAccess enroller = caller;
        if (!caller.has(Role.ADMIN, Role.AGENT)) {
            @SuppressWarnings("unchecked")
            List<Object> open = em.createNativeQuery(OPEN_SESSIONS.replace("s.course_id IN (:courses)", "s.id = :id"))
                    .setParameter("org", caller.orgId()).setParameter("id", sessionId).getResultList();
            if (open.isEmpty()) {
                throw new NotFoundException("session", sessionId);
            }
            enroller = new OrgAccess(caller.orgId(), caller.slug(), caller.zone(), Set.of(Role.AGENT), memberId, null,
                    false, caller.personId(), null, false);
        }
        EnrolmentView e = enrolments.enrol(enroller, sessionId, new EnrolmentData(learnerId, memberId, null,
                TraineeType.EMPLOYEE, FundingSource.EMPLOYER, null, needsAnalysis, null, null));
        return new Enrolled(e.id(), e.status().name());
    }
}
