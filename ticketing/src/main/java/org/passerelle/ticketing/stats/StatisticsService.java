package org.passerelle.ticketing.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.indicator.Period;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.team.TeamService;
import org.passerelle.ticketing.TicketingPolicy;

/**
 * Every figure is read from the aggregates of {@link StatisticsAggregates} (per organisation and local day, kept
 * in the tickets' own transactions): exact counts and sums, and medians from a log-scale histogram within 1 %
 * ({@link DurationHistogram}). A year is a few hundred thousand small rows at ten million tickets, not a scan.
 * Counts per team or member structure group on ticketing's id columns; their names come from core's services,
 * one query per kind, never from a join on core's tables.
 * Who reads them is {@link TicketingPolicy#readStatistics}'s; the indicator sources read them for the SPI.
 */
@ApplicationScoped
public class StatisticsService {

    private static final String DAYS = " from ticket_created_counts where org_id = ?1 and dimension = ?2"
            + " and day between ?3 and ?4";
    private static final String RESOLVED = " from ticket_resolution_counts where org_id = ?1 and day between ?2 and ?3";

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final MemberService members;
    private final TeamService teams;
    private final StatisticsAggregates aggregates;

    StatisticsService(EntityManager em, TicketingPolicy policy, MemberService members, TeamService teams,
            StatisticsAggregates aggregates) {
        this.em = em;
        this.policy = policy;
        this.members = members;
        this.teams = teams;
        this.aggregates = aggregates;
    }

    /**
     * The statistics of a period: {@code from}–{@code to} if either is given, otherwise the calendar
     * {@code year} (default: the current one in the organisation's zone); {@code top} ranks categories and
     * members (default 5).
     */
    public TicketStatistics compute(OrgAccess caller, Integer year, LocalDate from, LocalDate to, Integer top) {
        policy.readStatistics(caller);
        Period period = from != null || to != null ? new Period(from, to)
                : Period.year(year == null ? LocalDate.now(caller.zone()).getYear() : year);
        return compute(caller.orgId(), caller.zone(), period, top == null ? 5 : top);
    }

    private TicketStatistics compute(UUID orgId, ZoneId zone, Period period, int top) {
        aggregates.ensureBuilt(orgId, zone);
        Map<String, Long> byType = counts("TYPE", orgId, period);
        Map<String, Long> byLevel = counts("LEVEL", orgId, period);
        long created = byType.values().stream().mapToLong(Long::longValue).sum();
        @SuppressWarnings("unchecked")
        List<Object[]> top5 = em.createNativeQuery("select c.id, c.name, n.created from (select cast(value as uuid) as id,"
                + " sum(created) as created" + DAYS + " group by value having sum(created) > 0) n"
                + " join ticket_categories c on c.org_id = ?1 and c.id = n.id order by n.created desc, c.name limit ?5")
                .setParameter(1, orgId).setParameter(2, "CATEGORY").setParameter(3, period.from())
                .setParameter(4, period.to()).setParameter(5, top).getResultList();
        List<TicketStatistics.Count> categories = top5.stream().map(r -> new TicketStatistics.Count(r[0].toString(),
                (String) r[1], ((Number) r[2]).longValue())).toList();
        List<TicketStatistics.Count> teams = ranked(byId("TEAM", orgId, period),
                ids -> this.teams.names(orgId, ids), 1000);
        List<TicketStatistics.Count> members = ranked(byId("MEMBER", orgId, period),
                ids -> this.members.names(orgId, ids), top);
        return new TicketStatistics(period.from(), period.to(), created, byType, categories, teams, byLevel, members,
                processing(orgId, period), sla(orgId, period), backlog(orgId, period), recategorisation(orgId, period),
                satisfaction(orgId, period));
    }

    /** Number of tickets created in the period, optionally of one type (for the indicator SPI). */
    public long createdCount(UUID orgId, ZoneId zone, Period period, String type) {
        aggregates.ensureBuilt(orgId, zone);
        return type == null ? sumOfCreated(orgId, period) : counts("TYPE", orgId, period).getOrDefault(type, 0L);
    }

    /** Processing times of the tickets resolved in the period, per level (for the indicator SPI too). */
    Map<String, TicketStatistics.ProcessingTime> processing(UUID orgId, ZoneId zone, Period period) {
        aggregates.ensureBuilt(orgId, zone);
        return processing(orgId, period);
    }

    TicketStatistics.Sla sla(UUID orgId, ZoneId zone, Period period) {
        aggregates.ensureBuilt(orgId, zone);
        return sla(orgId, period);
    }

    TicketStatistics.Satisfaction satisfaction(UUID orgId, ZoneId zone, Period period) {
        aggregates.ensureBuilt(orgId, zone);
        return satisfaction(orgId, period);
    }

    TicketStatistics.Recategorisation recategorisation(UUID orgId, ZoneId zone, Period period) {
        aggregates.ensureBuilt(orgId, zone);
        return recategorisation(orgId, period);
    }

    private Map<String, TicketStatistics.ProcessingTime> processing(UUID orgId, Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> sums = em.createNativeQuery("select level, sum(processed), sum(processing_sum),"
                + " sum(business_processed), sum(business_sum)" + RESOLVED
                + " group by level having sum(processed) > 0 order by level").setParameter(1, orgId)
                .setParameter(2, period.from()).setParameter(3, period.to()).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> buckets = em.createNativeQuery("select level, business, bucket, sum(tickets)"
                + " from ticket_processing_histogram where org_id = ?1 and day between ?2 and ?3"
                + " group by level, business, bucket having sum(tickets) > 0").setParameter(1, orgId)
                .setParameter(2, period.from()).setParameter(3, period.to()).getResultList();
        Map<String, DurationHistogram> histograms = new HashMap<>();
        for (Object[] b : buckets) {
            histograms.computeIfAbsent(b[0] + "/" + b[1], k -> new DurationHistogram())
                    .add(((Number) b[2]).intValue(), ((Number) b[3]).longValue());
        }
        Map<String, TicketStatistics.ProcessingTime> result = new LinkedHashMap<>();
        for (Object[] r : sums) {
            String level = (String) r[0];
            result.put(level, new TicketStatistics.ProcessingTime(((Number) r[1]).longValue(), mean(r[2], r[1]),
                    median(histograms.get(level + "/false")), mean(r[4], r[3]), median(histograms.get(level + "/true"))));
        }
        return result;
    }

    private TicketStatistics.Sla sla(UUID orgId, Period period) {
        Object[] r = resolvedSums("sum(responded_in_time), sum(responded), sum(resolved_in_time), sum(resolved)",
                orgId, period);
        return new TicketStatistics.Sla(percent(r[0], r[1]), percent(r[2], r[3]));
    }

    private long backlog(UUID orgId, Period period) {
        return ((Number) em.createNativeQuery("select coalesce(sum(change), 0) from ticket_backlog_changes"
                + " where org_id = ?1 and day <= ?2").setParameter(1, orgId).setParameter(2, period.to())
                .getSingleResult()).longValue();
    }

    private TicketStatistics.Recategorisation recategorisation(UUID orgId, Period period) {
        Object[] r = (Object[]) em.createNativeQuery("select coalesce(sum(recategorised), 0), coalesce(sum(created), 0),"
                + " sum(processing_recategorised), sum(processed_recategorised), sum(processing_other),"
                + " sum(processed_other)" + DAYS).setParameter(1, orgId).setParameter(2, "ALL")
                .setParameter(3, period.from()).setParameter(4, period.to()).getSingleResult();
        return new TicketStatistics.Recategorisation(percent(r[0], r[1]), mean(r[2], r[3]), mean(r[4], r[5]));
    }

    private TicketStatistics.Satisfaction satisfaction(UUID orgId, Period period) {
        Object[] r = resolvedSums("sum(score_sum), sum(rated), sum(resolved)", orgId, period);
        long rated = r[1] == null ? 0 : ((Number) r[1]).longValue();
        BigDecimal average = rated == 0 ? null
                : new BigDecimal(r[0].toString()).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
        return new TicketStatistics.Satisfaction(average, rated, percent(r[1], r[2]));
    }

    private Object[] resolvedSums(String sums, UUID orgId, Period period) {
        return (Object[]) em.createNativeQuery("select " + sums + RESOLVED).setParameter(1, orgId)
                .setParameter(2, period.from()).setParameter(3, period.to()).getSingleResult();
    }

    private long sumOfCreated(UUID orgId, Period period) {
        return ((Number) em.createNativeQuery("select coalesce(sum(created), 0)" + DAYS).setParameter(1, orgId)
                .setParameter(2, "ALL").setParameter(3, period.from()).setParameter(4, period.to())
                .getSingleResult()).longValue();
    }

    /** Tickets created in the period per value of a dimension, the values with tickets only, in value order. */
    private Map<String, Long> counts(String dimension, UUID orgId, Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select value, sum(created)" + DAYS
                + " group by value having sum(created) > 0 order by value").setParameter(1, orgId)
                .setParameter(2, dimension).setParameter(3, period.from()).setParameter(4, period.to()).getResultList();
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], ((Number) r[1]).longValue()));
        return result;
    }

    /** Tickets created in the period per value of a dimension that holds a core row's id. */
    private Map<UUID, Long> byId(String dimension, UUID orgId, Period period) {
        Map<UUID, Long> result = new HashMap<>();
        counts(dimension, orgId, period).forEach((id, n) -> result.put(UUID.fromString(id), n));
        return result;
    }

    /**
     * The counts named through core's contract (one query), most first then by name, the first {@code limit}:
     * ticketing's SQL never joins core's tables.
     */
    static List<TicketStatistics.Count> ranked(Map<UUID, Long> counts, Function<Set<UUID>, Map<UUID, String>> names,
            int limit) {
        Map<UUID, String> named = counts.isEmpty() ? Map.of() : names.apply(counts.keySet());
        return counts.entrySet().stream()
                .map(e -> new TicketStatistics.Count(e.getKey().toString(), named.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(TicketStatistics.Count::count).reversed()
                        .thenComparing(TicketStatistics.Count::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(limit).toList();
    }

    /** An exact mean rounded to the second, as the raw {@code avg} was: null without values. */
    private static Duration mean(Object sum, Object count) {
        long n = count == null ? 0 : ((Number) count).longValue();
        return n == 0 ? null : Duration.ofSeconds(new BigDecimal(sum.toString())
                .divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).longValue());
    }

    private static Duration median(DurationHistogram histogram) {
        return histogram == null ? null : histogram.median();
    }

    private static BigDecimal percent(Object part, Object whole) {
        long w = whole == null ? 0 : ((Number) whole).longValue();
        return w == 0 ? null : BigDecimal.valueOf(((Number) part).longValue() * 100.0 / w).setScale(2, RoundingMode.HALF_UP);
    }
}
