package org.passerelle.ticketing.reply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.team.TeamService;
import org.passerelle.ticketing.TicketingPolicy;
import org.passerelle.ticketing.ticket.CommentView;
import org.passerelle.ticketing.ticket.TicketComments;
import org.passerelle.ticketing.ticket.TicketSearch;
import org.passerelle.ticketing.ticket.TicketView;

/**
 * Canned replies of teams and of the organisation: staff read and apply them (a public comment with the
 * placeholders filled, counted), admins manage all of them, agents their team's ({@link TicketingPolicy}).
 */
@ApplicationScoped
public class CannedReplyService {

    private static final String COLUMNS = "select id, team_id, title, body, usage_count, version, created_at,"
            + " updated_at from canned_replies";

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final TicketSearch tickets;
    private final TicketComments comments;
    private final PeopleDirectory people;
    private final TeamService teams;

    CannedReplyService(EntityManager em, TicketingPolicy policy, TicketSearch tickets, TicketComments comments, PeopleDirectory people,
            TeamService teams) {
        this.em = em;
        this.policy = policy;
        this.tickets = tickets;
        this.comments = comments;
        this.people = people;
        this.teams = teams;
    }

    /** The organisation's replies and every team's, most used first. */
    public List<CannedReplyView> list(OrgAccess caller) {
        policy.useCannedReplies(caller);
        return query(COLUMNS + " where org_id = ?1 order by usage_count desc, title, id", caller.orgId(), null);
    }

    public CannedReplyView get(OrgAccess caller, UUID id) {
        policy.useCannedReplies(caller);
        return query(COLUMNS + " where org_id = ?1 and id = ?2", caller.orgId(), id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("canned reply", id));
    }

    @Transactional
    public CannedReplyView create(OrgAccess caller, @Valid CannedReplyData data) {
        policy.useCannedReplies(caller);
        policy.manageCannedReply(caller, data.teamId());
        requireTeam(caller, data.teamId());
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into canned_replies (id, org_id, team_id, title, body, created_at, updated_at)"
                + " values (?1, ?2, ?3, ?4, ?5, now(), now())").setParameter(1, id).setParameter(2, caller.orgId())
                .setParameter(3, data.teamId()).setParameter(4, data.title().strip()).setParameter(5, data.body())
                .executeUpdate();
        return get(caller, id);
    }

    @Transactional
    public CannedReplyView update(OrgAccess caller, UUID id, long expectedVersion, @Valid CannedReplyData data) {
        forChange(caller, id, expectedVersion);
        policy.manageCannedReply(caller, data.teamId());
        requireTeam(caller, data.teamId());
        em.createNativeQuery("update canned_replies set team_id = ?2, title = ?3, body = ?4, version = version + 1,"
                + " updated_at = now() where id = ?1").setParameter(1, id).setParameter(2, data.teamId())
                .setParameter(3, data.title().strip()).setParameter(4, data.body()).executeUpdate();
        return get(caller, id);
    }

    @Transactional
    public void delete(OrgAccess caller, UUID id, long expectedVersion) {
        forChange(caller, id, expectedVersion);
        em.createNativeQuery("delete from canned_replies where id = ?1").setParameter(1, id).executeUpdate();
    }

    /**
     * Posts the reply on a ticket as the caller's public comment, placeholders filled, and counts the use.
     * The comment is the desk's reply like any other (first response, mail to the requester).
     */
    @Transactional
    public CommentView apply(OrgAccess caller, UUID id, UUID ticketId) {
        CannedReplyView reply = get(caller, id);
        TicketView ticket = tickets.get(caller, ticketId);
        Map<String, String> values = new HashMap<>();
        values.put(Placeholders.REFERENCE, ticket.reference());
        values.put(Placeholders.REQUESTER, name(caller, ticket.requesterId()));
        values.put(Placeholders.AGENT, name(caller, caller.personId()));
        CommentView comment = comments.comment(caller, ticketId, Placeholders.fill(reply.body(), values), false);
        em.createNativeQuery("update canned_replies set usage_count = usage_count + 1 where id = ?1")
                .setParameter(1, id).executeUpdate();
        return comment;
    }

    private String name(OrgAccess caller, UUID personId) {
        return personId == null ? null : people.get(caller.orgId(), personId).name();
    }

    private void forChange(OrgAccess caller, UUID id, long expectedVersion) {
        em.createNativeQuery("select id from canned_replies where org_id = ?1 and id = ?2 for update")
                .setParameter(1, caller.orgId()).setParameter(2, id).getResultList();
        CannedReplyView current = get(caller, id);
        policy.manageCannedReply(caller, current.teamId());
        StaleVersionException.check(expectedVersion, current.version());
    }

    private void requireTeam(OrgAccess caller, UUID teamId) {
        if (teamId != null && !teams.exists(caller.orgId(), teamId)) {
            throw new RuleViolationException("teamId", "ticketing.canned-reply.unknown-team", teamId);
        }
    }

    private List<CannedReplyView> query(String sql, UUID orgId, UUID id) {
        var q = em.createNativeQuery(sql).setParameter(1, orgId);
        if (id != null) {
            q.setParameter(2, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new CannedReplyView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), ((Number) r[5]).longValue(), SqlValues.instant(r[6]),
                SqlValues.instant(r[7]))).toList();
    }
}
