package org.passerelle.training.bpf;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.export.CsvExport;
import org.passerelle.core.export.CsvTable;
import org.passerelle.core.indicator.Period;
import org.passerelle.core.replica.NativeSql;
import org.passerelle.core.replica.Queries;
import org.passerelle.core.replica.ReadDatabase;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.attendance.AttendanceService;

/**
 * The BPF: its records (one line per seated enrolment, with the minutes attended summed in SQL) and the hours each
 * trainer taught (each half-day counts for its own trainer, else for its session's trainers), read from the module's
 * tables through core's {@link ReadDatabase} (the streaming replica when one is configured and current), grouped by
 * classification in SQL, then summed into the figures by {@link BpfSums}; and their CSV forms (figures, and the
 * records behind them).
 */
@ApplicationScoped
public class BpfService {

    /**
     * One line per enrolment holding a seat in a session held in the period, with its minutes attended: the
     * attendance of these enrolments is summed in one grouped pass, not looked up per enrolment.
     */
    private static final String LINES = """
            WITH held AS (
                SELECT s.id, s.course_id FROM training_sessions s
                WHERE s.org_id = ?1 AND s.status IN ('RUNNING', 'COMPLETED') AND s.starts_at >= ?2 AND s.starts_at < ?3
            ), entered AS (
                SELECT e.id, e.session_id, h.course_id, e.trainee_type, e.funding_source, e.price_eur,
                       e.time_spent_minutes
                FROM training_enrolments e JOIN held h ON h.id = e.session_id
                WHERE e.org_id = ?1 AND e.holds_seat
            ), %s, lines AS (
                SELECT x.id, x.session_id, c.code AS course, x.trainee_type, x.funding_source, c.bpf_objective,
                       c.speciality_code, c.speciality_label, coalesce(x.price_eur, c.price_eur, 0) AS price,
                       x.time_spent_minutes + coalesce(t.minutes, 0) AS minutes
                FROM entered x
                JOIN training_courses c ON c.org_id = ?1 AND c.id = x.course_id
                LEFT JOIN attended t ON t.enrolment_id = x.id
            )
            """.formatted(AttendanceService.ATTENDED_CTE);

    /** The lines grouped by classification in SQL: a few dozen rows to sum in Java, not one per enrolment. */
    private static final String SUMMED = LINES + """
            SELECT funding_source, trainee_type, bpf_objective, speciality_code, speciality_label, count(*),
                   count(*) FILTER (WHERE minutes > 0), sum(price), sum(minutes)
            FROM lines GROUP BY funding_source, trainee_type, bpf_objective, speciality_code, speciality_label
            """;

    private static final String TRAINERS = """
            WITH held AS (
                SELECT s.id FROM training_sessions s
                WHERE s.org_id = ?1 AND s.status IN ('RUNNING', 'COMPLETED') AND s.starts_at >= ?2 AND s.starts_at < ?3
            ), taught AS (
                SELECT st.person_id, sum(extract(epoch FROM st.ends_at - st.starts_at)) / 3600 AS hours
                FROM training_slot_trainers st JOIN held h ON h.id = st.session_id
                WHERE st.org_id = ?1
                GROUP BY st.person_id
            )
            SELECT coalesce(tr.kind = 'STAFF', false), x.hours
            FROM taught x LEFT JOIN training_trainers tr ON tr.org_id = ?1 AND tr.person_id = x.person_id
            """;

    private final ReadDatabase reads;
    private final CsvExport export;
    private final TrainingPolicy policy;

    BpfService(ReadDatabase reads, CsvExport export, TrainingPolicy policy) {
        this.reads = reads;
        this.export = export;
        this.policy = policy;
    }

    /** The BPF of a fiscal year (staff, auditor). */
    public Bpf of(OrgAccess caller, int year) {
        policy.readReports(caller);
        return of(caller.orgId(), caller.zone(), year);
    }

    private Bpf of(UUID orgId, ZoneId zone, int year) {
        Period period = Period.year(year);
        return reads.query(q -> {
            List<BpfSums.Lines> lines = rows(q, SUMMED, orgId, zone, period).stream()
                    .map(r -> new BpfSums.Lines((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                            (String) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), decimal(r[7]),
                            decimal(r[8])))
                    .toList();
            List<BpfSums.Taught> taught = rows(q, TRAINERS, orgId, zone, period).stream()
                    .map(r -> new BpfSums.Taught((Boolean) r[0], decimal(r[1]))).toList();
            return BpfSums.of(year, period, lines, taught);
        });
    }

    /** The figures as a CSV table: section, key, label, count, hours, amount (a figure's line per row). */
    public static CsvTable table(Bpf bpf) {
        return new CsvTable("training.csv.", List.of("section", "key", "label", "count", "hours", "amount_eur"), out -> {
            for (Bpf.Revenue r : bpf.revenue()) {
                out.row("C", r.fundingSource(), null, r.enrolments(), null, r.amountEur());
            }
            out.row("C", "TOTAL", null, bpf.records(), null, bpf.totalRevenue());
            for (Bpf.Trainers t : bpf.trainers()) {
                out.row("E", t.category(), null, t.headcount(), t.hours(), null);
            }
            for (Bpf.Trainees t : bpf.byTraineeType()) {
                out.row("F-1", t.key(), null, t.trainees(), t.hours(), null);
            }
            for (Bpf.Trainees t : bpf.byObjective()) {
                out.row("F-3", t.key(), null, t.trainees(), t.hours(), null);
            }
            for (Bpf.Speciality sp : bpf.topSpecialities()) {
                out.row("F-4", sp.code(), sp.label(), sp.trainees(), sp.hours(), null);
            }
        });
    }

    /** The enrolments behind the figures, one a line, streamed when written (staff, auditor: asked now, not then). */
    public CsvTable records(OrgAccess caller, int year) {
        policy.readReports(caller);
        UUID orgId = caller.orgId();
        ZoneId zone = caller.zone();
        Period period = Period.year(year);
        return export.of(NativeSql.numbered(LINES + """
                SELECT id, session_id, course, trainee_type, funding_source, bpf_objective, speciality_code, price,
                       minutes
                FROM lines ORDER BY id""", period.withOrg(orgId, zone)), "training.csv.",
                List.of("enrolment_id", "session_id", "course", "trainee_type", "funding_source", "bpf_objective",
                        "speciality_code", "price_eur", "hours"),
                r -> {
                    r[8] = BpfSums.hours(decimal(r[8]));
                    return r;
                });
    }

    private static List<Object[]> rows(Queries q, String sql, UUID orgId, ZoneId zone, Period period)
            throws SQLException {
        return q.list(sql, period.withOrg(orgId, zone));
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }
}
