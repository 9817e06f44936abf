package org.passerelle.ticketing.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.indicator.Period;
import org.passerelle.ticketing.TicketingPolicy;

/** The knowledge base's figures, each one SQL aggregate; read like the desk's statistics. */
@ApplicationScoped
public class KnowledgeStatisticsService {

    /** A view of a suggested article by the person it was suggested to, within the hour. */
    private static final String OPENED = "from kb_events v where v.org_id = ?1 and v.kind = 'VIEW' and v.at >= ?2"
            + " and v.at < ?3 and exists (select 1 from kb_events s where s.kind = 'SUGGESTION'"
            + " and s.person_id = v.person_id and s.article_id = v.article_id and s.at <= v.at"
            + " and s.at > v.at - interval '1 hour')";

    private final EntityManager em;
    private final TicketingPolicy policy;

    KnowledgeStatisticsService(EntityManager em, TicketingPolicy policy) {
        this.em = em;
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
        return new KnowledgeStatistics(period.from(), period.to(),
                count("select count(*) from kb_events where org_id = ?1 and kind = 'VIEW' and at >= ?2 and at < ?3",
                        org, start, end),
                count("select count(*) from kb_votes where org_id = ?1 and helpful and at >= ?2 and at < ?3",
                        org, start, end),
                count("select count(*) from kb_votes where org_id = ?1 and not helpful and at >= ?2 and at < ?3",
                        org, start, end),
                count("select count(*) from kb_events where org_id = ?1 and kind = 'SUGGESTION' and at >= ?2"
                        + " and at < ?3", org, start, end),
                count("select count(*) " + OPENED, org, start, end),
                requestsAvoided(org, start, end),
                count("select count(*) from tickets t where t.org_id = ?1 and t.resolved_at >= ?2 and t.resolved_at < ?3"
                        + " and exists (select 1 from kb_ticket_articles l where l.ticket_id = t.id)", org, start, end));
    }

    /** Suggestions opened in the period after which the person filed no ticket within 24 hours (indicator SPI). */
    public long requestsAvoided(UUID orgId, Instant from, Instant to) {
        return count("select count(distinct (v.person_id, cast(v.at as date))) " + OPENED + " and not exists"
                + " (select 1 from tickets t where t.org_id = v.org_id and t.requester_id = v.person_id"
                + " and t.created_at >= v.at and t.created_at < v.at + interval '24 hours')", orgId, from, to);
    }

    private long count(String sql, UUID org, Instant from, Instant to) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, org).setParameter(2, from).setParameter(3, to)
                .getSingleResult()).longValue();
    }
}
