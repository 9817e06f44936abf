package org.passerelle.training.statistics;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.indicator.Period;
import org.passerelle.core.replica.Queries;
import org.passerelle.core.replica.ReadDatabase;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.course.CourseService;

/**
 * Statistics of the training activity, aggregated in SQL, read through core's {@link ReadDatabase} (the streaming
 * replica when one is configured and current).
 */
@ApplicationScoped
public class StatisticsService {

    /**
     * The sessions held in the period by modality and programme type: sessions, half-day slots, seated
     * enrolments, remote and open-source shares, and the hot surveys of the learners who entered (the same
     * surveys as {@link #OUTCOMES}, so that the programme types add up to the year's satisfaction). The counts per
     * session are kept by triggers in {@code training_session_figures} (V2026_12_05_30): one row per held session.
     */
    private static final String SQL = """
            SELECT c.modality, c.programme_type, count(*), coalesce(sum(f.slots), 0), coalesce(sum(f.seated), 0),
                   count(*) FILTER (WHERE s.synchronous_remote), count(*) FILTER (WHERE s.open_source_alternatives),
                   coalesce(sum(f.surveys), 0), coalesce(sum(f.satisfied), 0)
            FROM training_sessions s
            JOIN training_courses c ON c.org_id = s.org_id AND c.id = s.course_id
            LEFT JOIN training_session_figures f ON f.session_id = s.id
            WHERE s.org_id = ?1 AND s.status IN ('RUNNING', 'COMPLETED') AND s.starts_at >= ?2 AND s.starts_at < ?3
            GROUP BY c.modality, c.programme_type
            """;

    /**
     * Outcomes of the sessions held in the period (optionally of one course): minutes attended per enrolment
     * from the attendance lines, statuses and hot surveys; one pass over indexed rows of these sessions.
     */
    private static final String OUTCOMES = """
            WITH held AS (
                SELECT s.id FROM training_sessions s
                WHERE s.org_id = ?1 AND s.status IN ('RUNNING', 'COMPLETED') AND s.starts_at >= ?2 AND s.starts_at < ?3
                  %s
            ), entered AS (
                SELECT e.id, e.status, e.time_spent_minutes FROM training_enrolments e JOIN held h ON h.id = e.session_id
                WHERE e.org_id = ?1 AND e.status IN ('SELECTED', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'DROPPED')
            ), %s, hot AS (
                SELECT v.overall FROM training_surveys v JOIN entered x ON x.id = v.enrolment_id
                WHERE v.org_id = ?1 AND v.kind = 'HOT'
            )
            SELECT coalesce(sum(coalesce(t.minutes, 0) + x.time_spent_minutes), 0),
                   count(*) FILTER (WHERE coalesce(t.minutes, 0) + x.time_spent_minutes >= 60),
                   count(*), count(*) FILTER (WHERE x.status = 'COMPLETED'), count(*) FILTER (WHERE x.status = 'DROPPED'),
                   (SELECT count(*) FROM hot), (SELECT count(*) FROM hot WHERE overall >= 4),
                   (SELECT count(DISTINCT st.person_id) FROM training_slot_trainers st JOIN held h ON h.id = st.session_id
                    WHERE st.org_id = ?1),
                   (SELECT count(*) FROM held)
            FROM entered x LEFT JOIN attended t ON t.enrolment_id = x.id
            """;

    private final ReadDatabase reads;
    private final CourseService courses;
    private final TrainingPolicy policy;

    StatisticsService(ReadDatabase reads, CourseService courses, TrainingPolicy policy) {
        this.reads = reads;
        this.courses = courses;
        this.policy = policy;
    }

    /** The activity figures of the period, in the caller's organisation's zone (staff, auditor, committee). */
    public TrainingStatistics of(OrgAccess caller, Period period) {
        policy.readStatistics(caller);
        return of(caller.orgId(), caller.zone(), period);
    }

    private TrainingStatistics of(UUID orgId, ZoneId zone, Period period) {
        return reads.query(q -> of(q.list(SQL, period.withOrg(orgId, zone)),
                outcomes(q, orgId, zone, period, null), period));
    }

    private static TrainingStatistics of(List<Object[]> rows, Object[] o, Period period) {
        Map<String, Long> byModality = new TreeMap<>();
        Map<String, Programme> byProgramme = new TreeMap<>();
        long sessions = 0;
        long halfDays = 0;
        long trainees = 0;
        long remote = 0;
        long openSource = 0;
        for (Object[] r : rows) {
            String modality = (String) r[0];
            long n = num(r[2]);
            byModality.merge(modality, n, Long::sum);
            byProgramme.computeIfAbsent((String) r[1], k -> new Programme()).add(modality, n, num(r[3]), num(r[4]),
                    num(r[7]), num(r[8]));
            sessions += n;
            halfDays += num(r[3]);
            trainees += num(r[4]);
            remote += num(r[5]);
            openSource += num(r[6]);
        }
        List<TrainingStatistics.ByProgramme> programmes = new ArrayList<>();
        byProgramme.forEach((type, p) -> programmes.add(new TrainingStatistics.ByProgramme(type, p.sessions,
                p.byModality, Rates.days(p.halfDays), p.trainees, p.surveys, p.satisfied,
                Rates.percent(p.satisfied, p.surveys))));
        return new TrainingStatistics(period, sessions, Rates.days(halfDays), trainees, byModality, programmes,
                Rates.percent(remote, sessions), Rates.percent(openSource, sessions), outcomes(o), num(o[7]));
    }

    /** The running sums of one programme type over its modalities. */
    private static final class Programme {
        final Map<String, Long> byModality = new TreeMap<>();
        long sessions;
        long halfDays;
        long trainees;
        long surveys;
        long satisfied;

        void add(String modality, long sessions, long halfDays, long trainees, long surveys, long satisfied) {
            byModality.put(modality, sessions);
            this.sessions += sessions;
            this.halfDays += halfDays;
            this.trainees += trainees;
            this.surveys += surveys;
            this.satisfied += satisfied;
        }
    }

    /** What the sessions held in the period delivered, whatever their course. */
    public Outcomes outcomes(UUID orgId, ZoneId zone, Period period) {
        return outcomes(reads.query(q -> outcomes(q, orgId, zone, period, null)));
    }

    /** A course's results through the authenticated API (staff, auditor). */
    public CourseResults courseResults(OrgAccess caller, UUID courseId, Period period) {
        policy.readCourseResults(caller, courses.get(caller.orgId(), courseId));
        return courseResults(caller.orgId(), caller.zone(), courseId, period);
    }

    /** A course's results, for the public catalogue (which shows published courses only) and the module. */
    public CourseResults courseResults(UUID orgId, ZoneId zone, UUID courseId, Period period) {
        Object[] o = reads.query(q -> outcomes(q, orgId, zone, period, courseId));
        return new CourseResults(courseId, period, num(o[8]), outcomes(o));
    }

    private static Object[] outcomes(Queries q, UUID orgId, ZoneId zone, Period period, UUID courseId)
            throws SQLException {
        String sql = OUTCOMES.formatted(courseId == null ? "" : "AND s.course_id = ?4",
                org.passerelle.training.attendance.AttendanceService.ATTENDED_CTE);
        return courseId == null ? q.single(sql, orgId, period.start(zone), period.end(zone))
                : q.single(sql, orgId, period.start(zone), period.end(zone), courseId);
    }

    private static Outcomes outcomes(Object[] o) {
        return Rates.outcomes(new BigDecimal(o[0].toString()), num(o[1]), num(o[2]), num(o[3]), num(o[4]), num(o[5]),
                num(o[6]));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
