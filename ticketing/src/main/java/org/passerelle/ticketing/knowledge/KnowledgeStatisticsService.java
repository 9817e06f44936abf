package org.passerelle.ticketing.knowledge;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.indicator.Period;
import org.passerelle.core.replica.Queries;
import org.passerelle.core.replica.ReadDatabase;
import org.passerelle.ticketing.TicketingPolicy;

/**
 * The knowledge base's figures, each one SQL aggregate; read like the desk's statistics, through core's
 * {@link ReadDatabase} (the streaming replica when one is configured and current).
 */
@ApplicationScoped
public class KnowledgeStatisticsService {

    /** A view of a suggested article by the person it was suggested to, within the hour. */
    private static final String OPENED = "from kb_events v where v.org_id = ?1 and v.kind = 'VIEW' and v.at >= ?2"
            + " and v.at < ?3 and exists (select 1 from kb_events s where s.kind = 'SUGGESTION'"
            + " and s.person_id = v.person_id and s.article_id = v.article_id and s.at <= v.at"
            + " and s.at > v.at - interval '1 hour')";

    private final ReadDatabase reads;
    private final TicketingPolicy policy;

    KnowledgeStatisticsService(ReadDatabase reads, TicketingPolicy policy) {
        this.reads = reads;
        this.policy = policy;
    }

    /** The figures of {@code from}–{@code to} if either is given, otherwise of the calendar year. */
    public KnowledgeStatistics compute(OrgAccess caller, Integer year, LocalDate from, LocalDate to) {
        policy.readStatistics(caller);
        Period period = from != null || to != null ? new Period(from, to)
                : Period.year(year == null ? LocalDate.now(caller.zone()).getYear() : year);
        Instant start = period.start(caller.zone());
        Instant end = period.end(caller.zone());
        UUID org = caller.orgId();
        return reads.query(q -> new KnowledgeStatistics(period.from(), period.to(),
                count(q, "select count(*) from kb_events where org_id = ?1 and kind = 'VIEW' and at >= ?2 and at < ?3",
                        org, start, end),
                count(q, "select count(*) from kb_votes where org_id = ?1 and helpful and at >= ?2 and at < ?3",
                        org, start, end),
                count(q, "select count(*) from kb_votes where org_id = ?1 and not helpful and at >= ?2 and at < ?3",
                        org, start, end),
                count(q, "select count(*) from kb_events where org_id = ?1 and kind = 'SUGGESTION' and at >= ?2"
                        + " and at < ?3", org, start, end),
                count(q, "select count(*) " + OPENED, org, start, end),
                requestsAvoided(q, org, start, end),
                count(q, "select count(*) from tickets t where t.org_id = ?1 and t.resolved_at >= ?2"
                        + " and t.resolved_at < ?3 and exists (select 1 from kb_ticket_articles l where l.ticket_id = t.id)",
                        org, start, end)));
    }

    /** Suggestions opened in the period after which the person filed no ticket within 24 hours (indicator SPI). */
    public long requestsAvoided(UUID orgId, Instant from, Instant to) {
        return reads.query(q -> requestsAvoided(q, orgId, from, to));
    }

    private static long requestsAvoided(Queries q, UUID orgId, Instant from, Instant to) throws SQLException {
        return count(q, "select count(distinct (v.person_id, cast(v.at as date))) " + OPENED + " and not exists"
                + " (select 1 from tickets t where t.org_id = v.org_id and t.requester_id = v.person_id"
                + " and t.created_at >= v.at and t.created_at < v.at + interval '24 hours')", orgId, from, to);
    }

    private static long count(Queries q, String sql, UUID org, Instant from, Instant to) throws SQLException {
        return ((Number) q.value(sql, org, from, to)).longValue();
    }
}
