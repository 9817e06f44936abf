package org.passerelle.ticketing.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.mail.MailOutbox;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.team.TeamService;
import org.passerelle.ticketing.ticket.RatingInvitations;
import org.passerelle.ticketing.ticket.TicketFiling;
import org.passerelle.ticketing.ticket.TicketNotice;
import org.passerelle.ticketing.ticket.TicketView;

/**
 * E-mails about tickets: to the requester on creation, public reply, merge and resolution (with a link to rate
 * it, see {@link RatingInvitations}); to the team on a new ticket, all in the ticket's mail thread. Queued in the mail outbox within the ticket's transaction (templates in {@code templates/mail/ticket-*}),
 * sent afterwards by the core dispatcher: a mail server that is down neither slows nor undoes the change, and
 * the e-mail waits until it is back.
 */
@ApplicationScoped
class TicketMailer {

    private final MailOutbox outbox;
    private final PeopleDirectory people;
    private final TeamService teams;
    private final RatingInvitations ratings;

    TicketMailer(MailOutbox outbox, PeopleDirectory people, TeamService teams, RatingInvitations ratings) {
        this.outbox = outbox;
        this.people = people;
        this.teams = teams;
        this.ratings = ratings;
    }

    /**
     * A new ticket's e-mails, to its requester and its team: recipients, languages and templates are settled before
     * the ticket's reference is taken, the e-mails written once it exists.
     */
    void onFiling(@Observes TicketFiling filing) {
        UUID org = filing.orgId();
        List<MailOutbox.Draft> drafts = new ArrayList<>();
        String requester = requesterEmail(org, filing.requesterId());
        if (requester != null) {
            drafts.add(outbox.draft(org, requester, "mail/ticket-created", null));
        }
        String team = teams.get(org, filing.teamId()).email();
        if (team != null) {
            drafts.add(outbox.draft(org, team, "mail/ticket-new-for-team", null));
        }
        if (!drafts.isEmpty()) {
            filing.onFiled(t -> drafts.forEach(d -> outbox.enqueue(d, data(t), thread(t))));
        }
    }

    void onNotice(@Observes TicketNotice notice) {
        TicketView t = notice.ticket();
        UUID org = notice.orgId();
        String requester = requesterEmail(org, t.requesterId());
        switch (notice.kind()) {
            case REPLIED -> {
                if (requester != null) {
                    send(org, requester, "mail/ticket-replied", t, with(data(t), "comment", notice.comment()));
                }
            }
            case MERGED -> {
                if (requester != null) {
                    send(org, requester, "mail/ticket-merged", t, with(data(t), "original", notice.comment()));
                }
            }
            case RESOLVED -> {
                if (requester != null) {
                    String link = ratings.invite(org, t.id(), t.requesterId());
                    send(org, requester, "mail/ticket-resolved", t, with(data(t), "ratingLink", link));
                }
            }
        }
    }

    private void send(UUID org, String to, String template, TicketView t, Map<String, ?> data) {
        outbox.enqueue(org, to, template, null, data, thread(t));
    }

    /** Every ticket e-mail belongs to the ticket's thread: replies hold together and name their ticket. */
    private static String thread(TicketView t) {
        return "ticket-" + t.id();
    }

    private static Map<String, Object> data(TicketView t) {
        return Map.of("reference", t.reference(), "title", t.title(), "description", t.description(),
                "type", t.type(), "priority", t.priority(), "level", t.level());
    }

    private static Map<String, Object> with(Map<String, Object> data, String key, String value) {
        var all = new HashMap<>(data);
        all.put(key, value == null ? "" : value);
        return all;
    }

    private String requesterEmail(UUID orgId, UUID requesterId) {
        if (requesterId == null) {
            return null;
        }
        try {
            return people.get(orgId, requesterId).email();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
