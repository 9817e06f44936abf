package org.passerelle.training.export;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.export.CsvExport;
import org.passerelle.core.export.CsvTable;
import org.passerelle.core.indicator.Period;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.attendance.AttendanceService;

/**
 * Enrolment and attendance lists of the sessions starting in a period, as CSV tables streamed from a database cursor:
 * memory stays flat whatever the number of rows ({@link CsvExport}).
 */
@ApplicationScoped
public class TrainingExport {

    private static final String SESSIONS = """
            FROM training_sessions s
            JOIN training_courses c ON c.org_id = s.org_id AND c.id = s.course_id
            JOIN training_enrolments e ON e.org_id = s.org_id AND e.session_id = s.id
            JOIN people p ON p.id = e.learner_id
            LEFT JOIN memberships pm ON pm.org_id = e.org_id AND pm.person_id = e.learner_id
            LEFT JOIN members m ON m.org_id = e.org_id AND m.id = e.member_id
            WHERE s.org_id = ?1 AND s.starts_at >= ?2 AND s.starts_at < ?3
            """;

    private static final String ENROLMENTS = "SELECT e.id, c.code, s.id, s.starts_at, pm.name, p.email, m.name, "
            + "e.employer, e.trainee_type, e.funding_source, e.status, e.created_at, e.time_spent_minutes, "
            + "e.progress_percent, e.assessment " + SESSIONS + "ORDER BY s.starts_at, s.id, e.created_at, e.id";

    private static final String ATTENDANCE = "SELECT c.code, s.id, sl.starts_at, sl.ends_at, pm.name, p.email, "
            + "a.status, a.minutes_connected, round(" + AttendanceService.MINUTES_OF_LINE + "), a.signed_at, "
            + "a.countersigned_at " + SESSIONS.replace("WHERE", """
                    JOIN training_attendance a ON a.org_id = e.org_id AND a.enrolment_id = e.id
                    JOIN training_session_slots sl ON sl.org_id = a.org_id AND sl.id = a.slot_id
                    WHERE""") + "ORDER BY sl.starts_at, pm.name, a.id";

    private final CsvExport export;
    private final TrainingPolicy policy;

    TrainingExport(CsvExport export, TrainingPolicy policy) {
        this.export = export;
        this.policy = policy;
    }

    /** Enrolments of the sessions starting in the period (staff, auditor: asked now, before anything streams). */
    public CsvTable enrolments(OrgAccess caller, Period period) {
        policy.readReports(caller);
        return csv(ENROLMENTS, caller.orgId(), caller.zone(), period, "enrolment_id", "course", "session_id", "session_starts_at", "learner", "email", "member", "employer",
                "trainee_type", "funding_source", "status", "enrolled_at", "self_paced_minutes", "progress_percent",
                "assessment");
    }

    /** Attendance lines of the sessions starting in the period (staff, auditor). */
    public CsvTable attendance(OrgAccess caller, Period period) {
        policy.readReports(caller);
        return csv(ATTENDANCE, caller.orgId(), caller.zone(), period, "course", "session_id", "slot_starts_at", "slot_ends_at", "learner", "email", "status",
                "minutes_connected", "minutes_counted", "signed_at", "countersigned_at");
    }

    /** The rows of the sessions starting in the period. */
    private CsvTable csv(String sql, UUID orgId, ZoneId zone, Period period, String... columns) {
        return export.of(sql, query -> query.setParameter(1, orgId).setParameter(2, period.start(zone))
                .setParameter(3, period.end(zone)), "training.csv.", List.of(columns));
    }
}
