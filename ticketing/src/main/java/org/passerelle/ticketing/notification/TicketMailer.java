package org.passerelle.ticketing.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.team.TeamService;
import org.passerelle.ticketing.ticket.TicketNotice;
import org.passerelle.ticketing.ticket.TicketView;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * E-mails about tickets, in French (the users' language): to the requester on creation, public reply and
 * resolution; to the team on a new ticket. Sent after commit; a mail failure never undoes the change.
 */
@ApplicationScoped
class TicketMailer {

    private static final Logger LOG = Logger.getLogger(TicketMailer.class);

    private final Mailer mailer;
    private final PeopleDirectory people;
    private final TeamService teams;

    TicketMailer(Mailer mailer, PeopleDirectory people, TeamService teams) {
        this.mailer = mailer;
        this.people = people;
        this.teams = teams;
    }

    void onNotice(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketNotice notice) {
        try {
            List<Mail> mails = new ArrayList<>();
            TicketView t = notice.ticket();
            String requester = requesterEmail(notice.orgId(), t);
            switch (notice.kind()) {
                case CREATED -> {
                    if (requester != null) {
                        mails.add(Mail.withText(requester, "[" + t.reference() + "] Demande enregistrée : " + t.title(),
                                "Bonjour,\n\nVotre demande « " + t.title() + " » est enregistrée sous la référence "
                                        + t.reference() + ".\nPriorité : " + t.priority() + ".\n\nNous revenons vers vous"
                                        + " au plus vite.\n"));
                    }
                    String team = teams.get(notice.orgId(), t.teamId()).email();
                    if (team != null) {
                        mails.add(Mail.withText(team, "[" + t.reference() + "] Nouvelle demande : " + t.title(),
                                "Nouvelle demande " + t.reference() + " (" + t.type() + ", priorité " + t.priority()
                                        + ", niveau " + t.level() + ").\n\n" + t.description() + "\n"));
                    }
                }
                case REPLIED -> {
                    if (requester != null) {
                        mails.add(Mail.withText(requester, "[" + t.reference() + "] Nouvelle réponse : " + t.title(),
                                "Bonjour,\n\nUne réponse a été apportée à votre demande " + t.reference() + " :\n\n"
                                        + notice.comment() + "\n"));
                    }
                }
                case MERGED -> {
                    if (requester != null) {
                        mails.add(Mail.withText(requester, "[" + t.reference() + "] Demande fusionnée avec " + notice.comment(),
                                "Bonjour,\n\nVotre demande " + t.reference() + " traite du même sujet que la demande "
                                        + notice.comment() + " : elles ont été fusionnées. Le suivi continue sur "
                                        + notice.comment() + ", où figurent aussi vos messages.\n"));
                    }
                }
                case RESOLVED -> {
                    if (requester != null) {
                        mails.add(Mail.withText(requester, "[" + t.reference() + "] Demande résolue : " + t.title(),
                                "Bonjour,\n\nVotre demande " + t.reference() + " est résolue. Si le problème persiste,"
                                        + " vous pouvez la rouvrir. Vous pouvez aussi noter la réponse de 1 à 5.\n"));
                    }
                }
            }
            if (!mails.isEmpty()) {
                mailer.send(mails.toArray(Mail[]::new));
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not send the %s notification of %s", notice.kind(), notice.ticket().reference());
        }
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
