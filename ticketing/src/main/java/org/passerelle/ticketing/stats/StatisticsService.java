package org.passerelle.ticketing.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
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
 * Every figure is one SQL aggregate over indexed columns (org_id with created_at or resolved_at):
 * processing times are stored on each ticket when it is resolved, so nothing is recomputed per row here.
 * Counts per team or member structure group on ticketing's id columns; their names come from core's services,
 * one query per kind, never from a join on core's tables.
 * Who reads them is {@link TicketingPolicy#readStatistics}'s; the indicator sources read them for the SPI.
 */
@ApplicationScoped
public class StatisticsService {

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final MemberService members;
    private final TeamService teams;

    StatisticsService(EntityManager em, TicketingPolicy policy, MemberService members, TeamService teams) {
        this.em = em;
        this.policy = policy;
        this.members = members;
        this.teams = teams;
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
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        Map<String, Long> byType = counts("select type, count(*) from tickets where org_id = ?1 and created_at >= ?2"
                + " and created_at < ?3 group by type order by type", orgId, from, to);
        Map<String, Long> byLevel = counts("select level, count(*) from tickets where org_id = ?1 and created_at >= ?2"
                + " and created_at < ?3 group by level order by level", orgId, from, to);
        long created = byType.values().stream().mapToLong(Long::longValue).sum();
        List<TicketStatistics.Count> categories = named("select c.id, c.name, count(*) from tickets t"
                + " join ticket_categories c on c.id = t.category_id where t.org_id = ?1 and t.created_at >= ?2"
                + " and t.created_at < ?3 group by c.id, c.name order by count(*) desc, c.name limit ?4", orgId, from, to, top);
        List<TicketStatistics.Count> teams = ranked(byId("team_id", orgId, from, to),
                ids -> this.teams.names(orgId, ids), 1000);
        List<TicketStatistics.Count> members = ranked(byId("member_id", orgId, from, to),
                ids -> this.members.names(orgId, ids), top);
        return new TicketStatistics(period.from(), period.to(), created, byType, categories, teams, byLevel, members,
                processing(orgId, from, to), sla(orgId, from, to), backlog(orgId, to),
                recategorisation(orgId, from, to), satisfaction(orgId, from, to));
    }

    /** Number of tickets created in the period, optionally of one type (for the indicator SPI). */
    public long createdCount(UUID orgId, Instant from, Instant to, String type) {
        return ((Number) em.createNativeQuery("select count(*) from tickets where org_id = ?1 and created_at >= ?2"
                + " and created_at < ?3 and (cast(?4 as text) is null or type = ?4)").setParameter(1, orgId)
                .setParameter(2, from).setParameter(3, to).setParameter(4, type).getSingleResult()).longValue();
    }

    Map<String, TicketStatistics.ProcessingTime> processing(UUID orgId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select level, count(*), avg(processing_seconds),"
                + " percentile_cont(0.5) within group (order by processing_seconds),"
                + " avg(processing_business_seconds),"
                + " percentile_cont(0.5) within group (order by processing_business_seconds)"
                + " from tickets where org_id = ?1 and resolved_at >= ?2 and resolved_at < ?3"
                + " and processing_seconds is not null group by level order by level")
                .setParameter(1, orgId).setParameter(2, from).setParameter(3, to).getResultList();
        Map<String, TicketStatistics.ProcessingTime> result = new LinkedHashMap<>();
        for (Object[] r : rows) {
            result.put((String) r[0], new TicketStatistics.ProcessingTime(((Number) r[1]).longValue(), seconds(r[2]),
                    seconds(r[3]), seconds(r[4]), seconds(r[5])));
        }
        return result;
    }

    TicketStatistics.Sla sla(UUID orgId, Instant from, Instant to) {
        Object[] r = (Object[]) em.createNativeQuery("select"
                + " count(*) filter (where first_responded_at is not null and not first_response_breached),"
                + " count(*) filter (where first_responded_at is not null),"
                + " count(*) filter (where not resolution_breached), count(*)"
                + " from tickets where org_id = ?1 and resolved_at >= ?2 and resolved_at < ?3")
                .setParameter(1, orgId).setParameter(2, from).setParameter(3, to).getSingleResult();
        return new TicketStatistics.Sla(percent(r[0], r[1]), percent(r[2], r[3]));
    }

    long backlog(UUID orgId, Instant end) {
        return ((Number) em.createNativeQuery("select count(*) from tickets where org_id = ?1 and created_at < ?2"
                + " and (resolved_at is null or resolved_at >= ?2)"
                + " and not (status = 'CANCELLED' and closed_at < ?2) and status <> 'AWAITING_APPROVAL'")
                .setParameter(1, orgId).setParameter(2, end).getSingleResult()).longValue();
    }

    TicketStatistics.Recategorisation recategorisation(UUID orgId, Instant from, Instant to) {
        Object[] r = (Object[]) em.createNativeQuery("select count(*) filter (where recategorised > 0), count(*),"
                + " avg(processing_seconds) filter (where recategorised > 0),"
                + " avg(processing_seconds) filter (where recategorised = 0)"
                + " from tickets where org_id = ?1 and created_at >= ?2 and created_at < ?3")
                .setParameter(1, orgId).setParameter(2, from).setParameter(3, to).getSingleResult();
        return new TicketStatistics.Recategorisation(percent(r[0], r[1]), seconds(r[2]), seconds(r[3]));
    }

    TicketStatistics.Satisfaction satisfaction(UUID orgId, Instant from, Instant to) {
        Object[] r = (Object[]) em.createNativeQuery("select avg(satisfaction_score), count(satisfaction_score), count(*)"
                + " from tickets where org_id = ?1 and resolved_at >= ?2 and resolved_at < ?3")
                .setParameter(1, orgId).setParameter(2, from).setParameter(3, to).getSingleResult();
        BigDecimal average = r[0] == null ? null : new BigDecimal(r[0].toString()).setScale(2, RoundingMode.HALF_UP);
        return new TicketStatistics.Satisfaction(average, ((Number) r[1]).longValue(), percent(r[1], r[2]));
    }

    private Map<String, Long> counts(String sql, UUID orgId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, orgId).setParameter(2, from)
                .setParameter(3, to).getResultList();
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], ((Number) r[1]).longValue()));
        return result;
    }

    private List<TicketStatistics.Count> named(String sql, UUID orgId, Instant from, Instant to, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, orgId).setParameter(2, from)
                .setParameter(3, to).setParameter(4, limit).getResultList();
        return rows.stream().map(r -> new TicketStatistics.Count(r[0].toString(), (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    /** Tickets created in the period per value of one of ticketing's id columns (a core row's id). */
    private Map<UUID, Long> byId(String column, UUID orgId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + column + ", count(*) from tickets where org_id = ?1"
                + " and created_at >= ?2 and created_at < ?3 group by " + column).setParameter(1, orgId)
                .setParameter(2, from).setParameter(3, to).getResultList();
        Map<UUID, Long> result = new HashMap<>();
        rows.forEach(r -> result.put((UUID) r[0], ((Number) r[1]).longValue()));
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

    private static Duration seconds(Object value) {
        return value == null ? null
                : Duration.ofSeconds(new BigDecimal(value.toString()).setScale(0, RoundingMode.HALF_UP).longValue());
    }

    private static BigDecimal percent(Object part, Object whole) {
        long w = ((Number) whole).longValue();
        return w == 0 ? null : BigDecimal.valueOf(((Number) part).longValue() * 100.0 / w).setScale(2, RoundingMode.HALF_UP);
    }
}
