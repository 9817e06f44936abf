package org.passerelle.training.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.indicator.Period;

/** Statistics of the training activity, aggregated in SQL. */
@ApplicationScoped
public class StatisticsService {

    private static final String SQL = """
            SELECT c.modality, c.programme_type, count(*), coalesce(sum(sl.n), 0), coalesce(sum(en.n), 0),
                   count(*) FILTER (WHERE s.synchronous_remote), count(*) FILTER (WHERE s.open_source_alternatives)
            FROM training_sessions s
            JOIN training_courses c ON c.org_id = s.org_id AND c.id = s.course_id
            LEFT JOIN LATERAL (SELECT count(*) AS n FROM training_session_slots x
                               WHERE x.org_id = s.org_id AND x.session_id = s.id) sl ON true
            LEFT JOIN LATERAL (SELECT count(*) AS n FROM training_enrolments e
                               WHERE e.org_id = s.org_id AND e.session_id = s.id
                                 AND e.status IN ('SELECTED', 'CONFIRMED', 'COMPLETED')) en ON true
            WHERE s.org_id = ?1 AND s.status IN ('RUNNING', 'COMPLETED') AND s.starts_at >= ?2 AND s.starts_at < ?3
            GROUP BY c.modality, c.programme_type
            """;

    private final EntityManager em;

    StatisticsService(EntityManager em) {
        this.em = em;
    }

    public TrainingStatistics of(UUID orgId, ZoneId zone, Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, orgId).setParameter(2, period.start(zone))
                .setParameter(3, period.end(zone)).getResultList();
        Map<String, Long> byModality = new TreeMap<>();
        Map<String, long[]> byProgramme = new TreeMap<>();
        long sessions = 0;
        long halfDays = 0;
        long trainees = 0;
        long remote = 0;
        long openSource = 0;
        for (Object[] r : rows) {
            long n = num(r[2]);
            byModality.merge((String) r[0], n, Long::sum);
            long[] p = byProgramme.computeIfAbsent((String) r[1], k -> new long[3]);
            p[0] += n;
            p[1] += num(r[3]);
            p[2] += num(r[4]);
            sessions += n;
            halfDays += num(r[3]);
            trainees += num(r[4]);
            remote += num(r[5]);
            openSource += num(r[6]);
        }
        List<TrainingStatistics.ByProgramme> programmes = new ArrayList<>();
        byProgramme.forEach((k, v) -> programmes.add(new TrainingStatistics.ByProgramme(k, v[0], days(v[1]), v[2])));
        return new TrainingStatistics(period, sessions, days(halfDays), trainees, byModality, programmes,
                percent(remote, sessions), percent(openSource, sessions));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static BigDecimal days(long halfDays) {
        return BigDecimal.valueOf(halfDays).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
