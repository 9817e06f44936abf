package org.passerelle.ticketing.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.indicator.Period;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.replica.Queries;
import org.passerelle.core.replica.ReadDatabase;
import org.passerelle.core.team.TeamService;
import org.passerelle.ticketing.TicketingPolicy;

/**
 * Every figure is read from the aggregates of {@link StatisticsAggregates} (per organisation and local day, kept
 * in the tickets' own transactions): exact counts and sums, and medians from a log-scale histogram within 1 %
 * ({@link DurationHistogram}). A year is a few hundred thousand small rows at ten million tickets, not a scan.
 * Counts per team or member structure group on ticketing's id columns; their names come from core's services,
 * one query per kind, never from a join on core's tables.
 * They are read through core's {@link ReadDatabase}: on the streaming replica when one is configured and current.
 * Who reads them is {@link TicketingPolicy#readStatistics}'s; the indicator sources read them for the SPI.
 */
@ApplicationScoped
public class StatisticsService {

    private static final String DAYS = " from ticket_created_counts where org_id = ?1 and dimension = ?2"
            + " and day between ?3 and ?4";
    private static final String RESOLVED = " from ticket_resolution_counts where org_id = ?1 and day between ?2 and ?3";
    /** A row when the organisation's aggregates are built in the zone, on the server asked. */
    private static final String BUILT = "select 1 from ticket_statistics_zones where org_id = ?1 and time_zone = ?2";

    private final ReadDatabase reads;
    private final TicketingPolicy policy;
    private final MemberService members;
    private final TeamService teams;
    private final StatisticsAggregates aggregates;

    StatisticsService(ReadDatabase reads, TicketingPolicy policy, MemberService members, TeamService teams,
            StatisticsAggregates aggregates) {
        this.reads = reads;
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
        return read(orgId, zone, q -> {
            Map<String, Long> byType = counts(q, "TYPE", orgId, period);
            Map<String, Long> byLevel = counts(q, "LEVEL", orgId, period);
            long created = byType.values().stream().mapToLong(Long::longValue).sum();
            List<Object[]> top5 = q.list("select c.id, c.name, n.created from (select cast(value as uuid) as id,"
                    + " sum(created) as created" + DAYS + " group by value having sum(created) > 0) n"
                    + " join ticket_categories c on c.org_id = ?1 and c.id = n.id order by n.created desc, c.name"
                    + " limit ?5", orgId, "CATEGORY", period.from(), period.to(), top);
            List<TicketStatistics.Count> categories = top5.stream().map(r -> new TicketStatistics.Count(
                    r[0].toString(), (String) r[1], ((Number) r[2]).longValue())).toList();
            List<TicketStatistics.Count> teams = ranked(byId(q, "TEAM", orgId, period),
                    ids -> this.teams.names(orgId, ids), 1000);
            List<TicketStatistics.Count> members = ranked(byId(q, "MEMBER", orgId, period),
                    ids -> this.members.names(orgId, ids), top);
            return new TicketStatistics(period.from(), period.to(), created, byType, categories, teams, byLevel,
                    members, processing(q, orgId, period), sla(q, orgId, period), backlog(q, orgId, period),
                    recategorisation(q, orgId, period), satisfaction(q, orgId, period));
        });
    }

    /** Number of tickets created in the period, optionally of one type (for the indicator SPI). */
    public long createdCount(UUID orgId, ZoneId zone, Period period, String type) {
        return read(orgId, zone, q -> type == null ? sumOfCreated(q, orgId, period)
                : counts(q, "TYPE", orgId, period).getOrDefault(type, 0L));
    }

    /** Processing times of the tickets resolved in the period, per level (for the indicator SPI too). */
    Map<String, TicketStatistics.ProcessingTime> processing(UUID orgId, ZoneId zone, Period period) {
        return read(orgId, zone, q -> processing(q, orgId, period));
    }

    TicketStatistics.Sla sla(UUID orgId, ZoneId zone, Period period) {
        return read(orgId, zone, q -> sla(q, orgId, period));
    }

    TicketStatistics.Satisfaction satisfaction(UUID orgId, ZoneId zone, Period period) {
        return read(orgId, zone, q -> satisfaction(q, orgId, period));
    }

    TicketStatistics.Recategorisation recategorisation(UUID orgId, ZoneId zone, Period period) {
        return read(orgId, zone, q -> recategorisation(q, orgId, period));
    }

    /**
     * Runs {@code query} on the replica once it holds the organisation's aggregates built in {@code zone}. Before
     * that (first read, zone changed, build not replayed yet) they are built on the primary, a write, and read there.
     */
    private <T> T read(UUID orgId, ZoneId zone, ReadDatabase.Query<T> query) {
        Optional<T> copy = reads.query(q -> q.list(BUILT, orgId, zone.getId()).isEmpty() ? Optional.empty()
                : Optional.of(query.run(q)));
        if (copy.isPresent()) {
            return copy.get();
        }
        aggregates.ensureBuilt(orgId, zone);
        return reads.queryPrimary(query);
    }

    private Map<String, TicketStatistics.ProcessingTime> processing(Queries q, UUID orgId, Period period)
            throws SQLException {
        List<Object[]> sums = q.list("select level, sum(processed), sum(processing_sum),"
                + " sum(business_processed), sum(business_sum)" + RESOLVED
                + " group by level having sum(processed) > 0 order by level", orgId, period.from(), period.to());
        List<Object[]> buckets = q.list("select level, business, bucket, sum(tickets)"
                + " from ticket_processing_histogram where org_id = ?1 and day between ?2 and ?3"
                + " group by level, business, bucket having sum(tickets) > 0", orgId, period.from(), period.to());
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

    private TicketStatistics.Sla sla(Queries q, UUID orgId, Period period) throws SQLException {
        Object[] r = resolvedSums(q, "sum(responded_in_time), sum(responded), sum(resolved_in_time), sum(resolved)",
                orgId, period);
        return new TicketStatistics.Sla(percent(r[0], r[1]), percent(r[2], r[3]));
    }

    private long backlog(Queries q, UUID orgId, Period period) throws SQLException {
        return ((Number) q.value("select coalesce(sum(change), 0) from ticket_backlog_changes"
                + " where org_id = ?1 and day <= ?2", orgId, period.to())).longValue();
    }

    private TicketStatistics.Recategorisation recategorisation(Queries q, UUID orgId, Period period)
            throws SQLException {
        Object[] r = q.single("select coalesce(sum(recategorised), 0), coalesce(sum(created), 0),"
                + " sum(processing_recategorised), sum(processed_recategorised), sum(processing_other),"
                + " sum(processed_other)" + DAYS, orgId, "ALL", period.from(), period.to());
        return new TicketStatistics.Recategorisation(percent(r[0], r[1]), mean(r[2], r[3]), mean(r[4], r[5]));
    }

    private TicketStatistics.Satisfaction satisfaction(Queries q, UUID orgId, Period period) throws SQLException {
        Object[] r = resolvedSums(q, "sum(score_sum), sum(rated), sum(resolved)", orgId, period);
        long rated = r[1] == null ? 0 : ((Number) r[1]).longValue();
        BigDecimal average = rated == 0 ? null
                : new BigDecimal(r[0].toString()).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
        return new TicketStatistics.Satisfaction(average, rated, percent(r[1], r[2]));
    }

    private static Object[] resolvedSums(Queries q, String sums, UUID orgId, Period period) throws SQLException {
        return q.single("select " + sums + RESOLVED, orgId, period.from(), period.to());
    }

    private static long sumOfCreated(Queries q, UUID orgId, Period period) throws SQLException {
        return ((Number) q.value("select coalesce(sum(created), 0)" + DAYS, orgId, "ALL", period.from(),
                period.to())).longValue();
    }

    /** Tickets created in the period per value of a dimension, the values with tickets only, in value order. */
    private static Map<String, Long> counts(Queries q, String dimension, UUID orgId, Period period)
            throws SQLException {
        List<Object[]> rows = q.list("select value, sum(created)" + DAYS
                + " group by value having sum(created) > 0 order by value", orgId, dimension, period.from(),
                period.to());
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], ((Number) r[1]).longValue()));
        return result;
    }

    /** Tickets created in the period per value of a dimension that holds a core row's id. */
    private static Map<UUID, Long> byId(Queries q, String dimension, UUID orgId, Period period) throws SQLException {
        Map<UUID, Long> result = new HashMap<>();
        counts(q, dimension, orgId, period).forEach((id, n) -> result.put(UUID.fromString(id), n));
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
