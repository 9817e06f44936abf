package org.passerelle.ticketing.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.mail.MailOutbox;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.team.TeamService;
import org.passerelle.ticketing.ticket.TicketNotice;
import org.passerelle.ticketing.ticket.TicketView;

/**
 * E-mails about tickets: to the requester on creation, public reply, merge and resolution; to the team on a new
 * ticket. Queued in the mail outbox within the ticket's transaction (templates in {@code templates/mail/ticket-*}),
 * sent afterwards by the core dispatcher: a mail server that is down neither slows nor undoes the change, and
 * the e-mail waits until it is back.
 */
@ApplicationScoped
class TicketMailer {

    private final MailOutbox outbox;
    private final PeopleDirectory people;
    private final TeamService teams;

    TicketMailer(MailOutbox outbox, PeopleDirectory people, TeamService teams) {
        this.outbox = outbox;
        this.people = people;
        this.teams = teams;
    }

    void onNotice(@Observes TicketNotice notice) {
        TicketView t = notice.ticket();
        UUID org = notice.orgId();
        String requester = requesterEmail(org, t);
        switch (notice.kind()) {
            case CREATED -> {
                if (requester != null) {
                    outbox.enqueue(org, requester, "mail/ticket-created", null, data(t));
                }
                String team = teams.get(org, t.teamId()).email();
                if (team != null) {
                    outbox.enqueue(org, team, "mail/ticket-new-for-team", null, data(t));
                }
            }
            case REPLIED -> {
                if (requester != null) {
                    outbox.enqueue(org, requester, "mail/ticket-replied", null, with(data(t), "comment", notice.comment()));
                }
            }
            case MERGED -> {
                if (requester != null) {
                    outbox.enqueue(org, requester, "mail/ticket-merged", null, with(data(t), "original", notice.comment()));
                }
            }
            case RESOLVED -> {
                if (requester != null) {
                    outbox.enqueue(org, requester, "mail/ticket-resolved", null, data(t));
                }
            }
        }
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

    private String requesterEmail(UUID orgId, TicketView t) {
        if (t.requesterId() == null) {
            return null;
        }
        try {
            return people.get(orgId, t.requesterId()).email();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
