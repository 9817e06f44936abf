package org.passerelle.ticketing.ticket;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.persistence.Where;
import org.passerelle.ticketing.TicketingPolicy;

/**
 * The where clause of a ticket list, over {@code tickets e}: the organisation, what the caller may see, and the
 * filters. Shared by paged lists ({@link TicketSearch}) and streamed exports ({@link TicketExport}), so both
 * always show the same tickets.
 */
@ApplicationScoped
class TicketCriteria {

    private final TicketingPolicy policy;
    private final TicketingConfig.Search config;

    TicketCriteria(TicketingPolicy policy, TicketingConfig config) {
        this.policy = policy;
        this.config = config.search();
    }

    Where where(OrgAccess caller, TicketFilter filter) {
        TicketingPolicy.TicketScope scope = policy.listTickets(caller);
        TicketFilter f = forCaller(caller, filter);
        return Where.of("e.org_id = :org", "org", caller.orgId())
                .andIf(scope.ownStructureOnly(), "e.member_id = :own", "own", scope.structure())
                // Each column tested on its own, so that each can use its GIN index (a concatenation can use none).
                .andIfGiven(scope.internalNotes()
                        ? "(e.search_public @@ websearch_to_tsquery('french', :q)"
                                + " or e.search_internal @@ websearch_to_tsquery('french', :q))"
                        : "e.search_public @@ websearch_to_tsquery('french', :q)", "q", f.q())
                .andIfGiven("e.status in (:statuses)", "statuses",
                        f.statuses() == null ? null : f.statuses().stream().map(Enum::name).toList())
                .andIfGiven("e.type = :type", "type", f.type() == null ? null : f.type().name())
                .andIfGiven("e.category_id = :categoryid", "categoryid", f.categoryId())
                .andIfGiven("e.team_id = :teamid", "teamid", f.teamId())
                .andIfGiven("e.level = :level", "level", f.level() == null ? null : f.level().name())
                .andIfGiven("e.member_id = :memberid", "memberid", f.memberId())
                .andIfGiven("e.assignee_id = :assigneeid", "assigneeid", f.assigneeId())
                .andIfGiven("e.priority = :priority", "priority", f.priority() == null ? null : f.priority().name())
                .andIfGiven("e.created_at >= :createdFrom", "createdFrom", f.createdFrom())
                .andIfGiven("e.created_at < :createdTo", "createdTo", f.createdTo())
                .andIfGiven("e.resolved_at >= :resolvedFrom", "resolvedFrom", f.resolvedFrom())
                .andIfGiven("e.resolved_at < :resolvedTo", "resolvedTo", f.resolvedTo())
                .andIf(Boolean.TRUE.equals(f.breached()), "(e.first_response_breached or e.resolution_breached)")
                .andIf(Boolean.FALSE.equals(f.breached()), "not (e.first_response_breached or e.resolution_breached)");
    }

    /**
     * The most matches of {@code q} a page is sorted from ({@link TicketSearch}): past them, walking the tickets by
     * creation fills a page soon. A requester's walk goes over its structure's tickets only, so its bound is lower.
     */
    int sortedMatches(OrgAccess caller) {
        return policy.listTickets(caller).ownStructureOnly() ? config.sortedMatchesOfAStructure()
                : config.sortedMatches();
    }

    /** "My open tickets" are assigned to the caller; "my team's queue" holds its team's open tickets. */
    private static TicketFilter forCaller(OrgAccess caller, TicketFilter f) {
        Set<Status> wanted = f.statuses();
        UUID assignee = f.assigneeId();
        UUID team = f.teamId();
        if (f.mine()) {
            assignee = caller.personId();
            wanted = wanted == null || wanted.isEmpty() ? Status.OPEN : wanted;
        }
        if (f.queue()) {
            if (caller.teamId() == null) {
                throw new RuleViolationException("queue", "ticketing.ticket.no-team");
            }
            team = caller.teamId();
            wanted = wanted == null || wanted.isEmpty() ? Status.OPEN : wanted;
        }
        return new TicketFilter(f.q(), wanted, f.type(), f.categoryId(), team, f.level(), f.memberId(), assignee,
                f.priority(), f.createdFrom(), f.createdTo(), f.resolvedFrom(), f.resolvedTo(), f.breached(), false,
                false);
    }
}
