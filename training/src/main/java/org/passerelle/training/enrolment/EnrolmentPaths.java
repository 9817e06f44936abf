package org.passerelle.training.enrolment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.training.TrainingPaths;
import org.passerelle.training.attendance.AttendanceService;

/**
 * Training's answer to {@link TrainingPaths}: enrolments with their course and hours attended, in one SQL pass
 * over the same attendance expression as certificates and statistics.
 */
@ApplicationScoped
class EnrolmentPaths implements TrainingPaths {

    private static final String STEPS = """
            WITH entered AS (
                SELECT e.id, e.time_spent_minutes FROM training_enrolments e
                WHERE e.org_id = ?1 AND e.id = ANY (CAST(?2 AS uuid[]))
            ), %s
            SELECT e.id, e.learner_id, c.title, e.status, x.time_spent_minutes + coalesce(t.minutes, 0), c.duration_hours
            FROM entered x
            JOIN training_enrolments e ON e.org_id = ?1 AND e.id = x.id
            JOIN training_sessions s ON s.org_id = e.org_id AND s.id = e.session_id
            JOIN training_courses c ON c.org_id = s.org_id AND c.id = s.course_id
            LEFT JOIN attended t ON t.enrolment_id = x.id
            """.formatted(AttendanceService.ATTENDED_CTE);

    private final EntityManager em;

    EnrolmentPaths(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<PathStep> steps(UUID orgId, Collection<UUID> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        List<UUID> asked = List.copyOf(enrolmentIds);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(STEPS).setParameter(1, orgId)
                .setParameter(2, SqlValues.uuidArray(asked)).getResultList();
        return rows.stream().map(EnrolmentPaths::step)
                .sorted(Comparator.comparingInt(s -> asked.indexOf(s.enrolmentId()))).toList();
    }

    private static PathStep step(Object[] r) {
        EnrolmentStatus status = EnrolmentStatus.valueOf((String) r[3]);
        BigDecimal hours = new BigDecimal(((Number) r[4]).toString()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP);
        return new PathStep((UUID) r[0], (UUID) r[1], (String) r[2], status.name(), status == EnrolmentStatus.COMPLETED,
                status == EnrolmentStatus.DROPPED || status == EnrolmentStatus.NO_SHOW
                        || status == EnrolmentStatus.REJECTED,
                hours, (BigDecimal) r[5]);
    }
}
