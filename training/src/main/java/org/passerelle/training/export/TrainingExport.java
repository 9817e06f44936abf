package org.passerelle.training.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.export.CsvExport;
import org.passerelle.core.export.CsvTable;
import org.passerelle.core.indicator.Period;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.replica.NativeSql;
import org.passerelle.core.replica.ReadDatabase;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.attendance.AttendanceService;

/**
 * Enrolment and attendance lists of the sessions starting in a period, as CSV tables streamed from a database cursor:
 * memory stays flat whatever the number of rows ({@link CsvExport}), on the replica when it is usable. The SQL reads the module's tables only: the
 * learners' and member structures' names come from core's directories, asked once per export before the rows
 * stream ({@link Names}).
 */
@ApplicationScoped
public class TrainingExport {

    private static final String LABELS = "training.csv.";

    private static final String SESSIONS = """
            FROM training_sessions s
            JOIN training_courses c ON c.org_id = s.org_id AND c.id = s.course_id
            JOIN training_enrolments e ON e.org_id = s.org_id AND e.session_id = s.id
            WHERE s.org_id = ?1 AND s.starts_at >= ?2 AND s.starts_at < ?3
            """;

    /** The learners and member structures the rows name. */
    private static final String NAMED = "SELECT DISTINCT e.learner_id, e.member_id " + SESSIONS;

    /** Learner at 4, member at 5: {@link Names#enrolment} writes their names. */
    private static final String ENROLMENTS = "SELECT e.id, c.code, s.id, s.starts_at, e.learner_id, e.member_id, "
            + "e.employer, e.trainee_type, e.funding_source, e.status, e.created_at, e.time_spent_minutes, "
            + "e.progress_percent, e.assessment " + SESSIONS + "ORDER BY s.starts_at, s.id, e.created_at, e.id";

    /** Learner at 4, the line's id last: {@link ByLearnerName} sorts each half-day's lines by name. */
    private static final String ATTENDANCE = "SELECT c.code, s.id, sl.starts_at, sl.ends_at, e.learner_id, "
            + "a.status, a.minutes_connected, round(" + AttendanceService.MINUTES_OF_LINE + "), a.signed_at, "
            + "a.countersigned_at, a.id " + SESSIONS.replace("WHERE", """
                    JOIN training_attendance a ON a.org_id = e.org_id AND a.enrolment_id = e.id
                    JOIN training_session_slots sl ON sl.org_id = a.org_id AND sl.id = a.slot_id
                    WHERE""") + "ORDER BY sl.starts_at, a.id";

    private final CsvExport export;
    private final ReadDatabase reads;
    private final PeopleDirectory people;
    private final MemberService members;
    private final TrainingPolicy policy;

    TrainingExport(CsvExport export, ReadDatabase reads, PeopleDirectory people, MemberService members,
            TrainingPolicy policy) {
        this.export = export;
        this.reads = reads;
        this.people = people;
        this.members = members;
        this.policy = policy;
    }

    /** Enrolments of the sessions starting in the period (staff, auditor: asked now, before anything streams). */
    public CsvTable enrolments(OrgAccess caller, Period period) {
        policy.readReports(caller);
        Object[] bind = period.withOrg(caller.orgId(), caller.zone());
        List<String> columns = List.of("enrolment_id", "course", "session_id", "session_starts_at", "learner",
                "email", "member", "employer", "trainee_type", "funding_source", "status", "enrolled_at",
                "self_paced_minutes", "progress_percent", "assessment");
        return new CsvTable(LABELS, columns, out -> {
            Names names = names(caller.orgId(), bind);
            export.of(NativeSql.numbered(ENROLMENTS, bind), LABELS, columns).rows().accept(row -> out.row(names.enrolment(row)));
        });
    }

    /** Attendance lines of the sessions starting in the period, each half-day's by learner name (staff, auditor). */
    public CsvTable attendance(OrgAccess caller, Period period) {
        policy.readReports(caller);
        Object[] bind = period.withOrg(caller.orgId(), caller.zone());
        List<String> columns = List.of("course", "session_id", "slot_starts_at", "slot_ends_at", "learner", "email",
                "status", "minutes_connected", "minutes_counted", "signed_at", "countersigned_at");
        return new CsvTable(LABELS, columns, out -> {
            Names names = names(caller.orgId(), bind);
            ByLearnerName sorted = new ByLearnerName(2, 4, out);
            export.of(NativeSql.numbered(ATTENDANCE, bind), LABELS, columns).rows().accept(row -> sorted.add(names.attendance(row)));
            sorted.flush();
        });
    }

    /** The names the export's rows need, in one query per directory (the ids read where the rows are). */
    private Names names(UUID orgId, Object[] bind) {
        Set<UUID> learners = new HashSet<>();
        Set<UUID> structures = new HashSet<>();
        for (Object[] r : reads.query(q -> q.list(NAMED, bind))) {
            learners.add((UUID) r[0]);
            if (r[1] != null) {
                structures.add((UUID) r[1]);
            }
        }
        return new Names(people.contacts(orgId, learners), members.names(orgId, structures));
    }
}
