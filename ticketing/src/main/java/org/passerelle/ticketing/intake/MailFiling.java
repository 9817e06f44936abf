package org.passerelle.ticketing.intake;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.ticketing.ticket.AttachmentService;
import org.passerelle.ticketing.ticket.NewTicket;
import org.passerelle.ticketing.ticket.TicketComments;
import org.passerelle.ticketing.ticket.TicketCreation;
import org.passerelle.ticketing.ticket.TicketingConfig;
import org.passerelle.ticketing.ticket.Upload;

/**
 * Files a mail through the desk's own services, as its author: a new ticket or a public comment, with the
 * attached files the desk accepts (the others are left out, the ticket is kept).
 */
@ApplicationScoped
class MailFiling {

    private static final Logger LOG = Logger.getLogger(MailFiling.class);
    private static final int TITLE_MAX = 200;
    private static final int TEXT_MAX = 20_000;

    private final TicketCreation creation;
    private final TicketComments comments;
    private final AttachmentService attachments;
    private final TicketingConfig config;

    MailFiling(TicketCreation creation, TicketComments comments, AttachmentService attachments,
            TicketingConfig config) {
        this.creation = creation;
        this.comments = comments;
        this.attachments = attachments;
        this.config = config;
    }

    UUID file(OrgAccess author, UUID categoryId, String subject, String text, List<InboundMail.File> files) {
        String title = subject.isBlank() ? "(sans objet)" : cut(subject, TITLE_MAX);
        UUID ticketId = creation.create(author, new NewTicket(null, null, title, body(text), categoryId, null, null,
                null)).id();
        attach(author, ticketId, files);
        return ticketId;
    }

    void append(OrgAccess author, UUID ticketId, String text, List<InboundMail.File> files) {
        comments.comment(author, ticketId, body(text), false);
        attach(author, ticketId, files);
    }

    private void attach(OrgAccess author, UUID ticketId, List<InboundMail.File> files) {
        for (InboundMail.File f : files) {
            if (accepted(f)) {
                attachments.attach(author, ticketId, f.filename(), f.contentType(), f.data(), false);
            }
        }
    }

    /** Checked before attaching: a refusal inside the desk's transaction would roll the whole ticket back. */
    private boolean accepted(InboundMail.File f) {
        try {
            Upload.of(config.attachments(), f.filename(), f.contentType(), f.data());
            return true;
        } catch (RuleViolationException refused) {
            LOG.infof("Mail attachment %s left out: %s", f.filename(), refused.getMessage());
            return false;
        }
    }

    private static String body(String text) {
        return text.isBlank() ? "(message vide)" : cut(text, TEXT_MAX);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
