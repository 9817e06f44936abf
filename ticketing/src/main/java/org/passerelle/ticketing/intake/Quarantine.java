package org.passerelle.ticketing.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.core.access.AccessService;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.ticketing.TicketingPolicy;

/**
 * Received messages the intake did not file: the desk's staff review them, then file them as a requester they
 * choose, or discard them.
 */
@ApplicationScoped
public class Quarantine {

    /** Why a message waits here. */
    @Schema(name = "QuarantineReason")
    public enum Reason {
        UNKNOWN_SENDER, AUTOMATIC, RATE_LIMIT, REFUSED
    }

    /** Where the review stands. */
    @Schema(name = "QuarantineStatus")
    public enum Status {
        PENDING, ACCEPTED, DISCARDED
    }

    private static final String COLUMNS = "select q.id, q.sender, q.subject, q.body, q.reason, q.detail, q.status,"
            + " (select string_agg(a.filename, E'\\n' order by a.filename) from mail_quarantine_attachments a"
            + " where a.item_id = q.id), "
            + " q.ticket_id, q.received_at, q.version from mail_quarantine q";

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final AccessService access;
    private final MailFiling filing;

    Quarantine(EntityManager em, TicketingPolicy policy, AccessService access, MailFiling filing) {
        this.em = em;
        this.policy = policy;
        this.access = access;
        this.filing = filing;
    }

    /** Keeps the message and its files for review (within the intake's transaction). */
    void hold(UUID orgId, InboundMail mail, Reason reason, String detail) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into mail_quarantine (id, org_id, message_id, sender, subject, body, reason,"
                + " detail, status, received_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'PENDING', ?9)")
                .setParameter(1, id).setParameter(2, orgId).setParameter(3, mail.messageId())
                .setParameter(4, mail.sender()).setParameter(5, mail.subject()).setParameter(6, mail.text())
                .setParameter(7, reason.name()).setParameter(8, detail).setParameter(9, Instants.now()).executeUpdate();
        for (InboundMail.File f : mail.files()) {
            em.createNativeQuery("insert into mail_quarantine_attachments (id, org_id, item_id, filename,"
                    + " content_type, data) values (gen_random_uuid(), ?1, ?2, ?3, ?4, ?5)").setParameter(1, orgId)
                    .setParameter(2, id).setParameter(3, f.filename() == null ? "piece-jointe" : f.filename())
                    .setParameter(4, f.contentType() == null ? "application/octet-stream" : f.contentType())
                    .setParameter(5, f.data()).executeUpdate();
        }
    }

    /** Messages waiting for review, oldest first (staff). */
    public List<QuarantineView> pending(OrgAccess caller) {
        policy.reviewQuarantine(caller);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " where q.org_id = ?1 and q.status = 'PENDING'"
                + " order by q.received_at, q.id").setParameter(1, caller.orgId()).setMaxResults(500).getResultList();
        return rows.stream().map(Quarantine::view).toList();
    }

    public QuarantineView get(OrgAccess caller, UUID id) {
        policy.reviewQuarantine(caller);
        return find(caller.orgId(), id, false);
    }

    /** Files the message as the named requester: a comment on its ticket, or a new ticket. */
    @Transactional
    public QuarantineView accept(OrgAccess caller, UUID id, long expectedVersion, @Valid Acceptance acceptance) {
        policy.reviewQuarantine(caller);
        QuarantineView item = pendingForReview(caller.orgId(), id, expectedVersion);
        OrgAccess requester = access.accessOf(caller.orgId(), acceptance.requesterId())
                .filter(policy::filesByMail)
                .orElseThrow(() -> new RuleViolationException("requesterId", "ticketing.intake.not-a-requester"));
        List<InboundMail.File> files = files(id);
        UUID ticketId = acceptance.ticketId();
        if (ticketId != null) {
            UUID structure = ticketStructure(caller.orgId(), ticketId)
                    .orElseThrow(() -> new RuleViolationException("ticketId", "ticketing.intake.unknown-ticket"));
            if (!policy.maySee(requester, structure)) {
                throw new RuleViolationException("ticketId", "ticketing.intake.not-your-ticket");
            }
            filing.append(requester, ticketId, item.body(), files);
        } else if (acceptance.categoryId() == null) {
            throw new RuleViolationException("categoryId", "ticketing.intake.category-required");
        } else {
            ticketId = filing.file(requester, acceptance.categoryId(), item.subject(), item.body(), files);
        }
        return review(caller, id, Status.ACCEPTED, ticketId);
    }

    @Transactional
    public QuarantineView discard(OrgAccess caller, UUID id, long expectedVersion) {
        policy.reviewQuarantine(caller);
        pendingForReview(caller.orgId(), id, expectedVersion);
        return review(caller, id, Status.DISCARDED, null);
    }

    private QuarantineView pendingForReview(UUID orgId, UUID id, long expectedVersion) {
        QuarantineView item = find(orgId, id, true);
        StaleVersionException.check(expectedVersion, item.version());
        if (item.status() != Status.PENDING) {
            throw new ConflictException("ticketing.intake.reviewed", item.status());
        }
        return item;
    }

    private QuarantineView review(OrgAccess caller, UUID id, Status status, UUID ticketId) {
        em.createNativeQuery("update mail_quarantine set status = ?3, ticket_id = ?4, reviewed_by = ?5,"
                + " body = case when ?3 = 'DISCARDED' then '' else body end, version = version + 1"
                + " where org_id = ?1 and id = ?2").setParameter(1, caller.orgId()).setParameter(2, id)
                .setParameter(3, status.name()).setParameter(4, ticketId).setParameter(5, caller.personId())
                .executeUpdate();
        if (status == Status.DISCARDED) {
            em.createNativeQuery("delete from mail_quarantine_attachments where item_id = ?1").setParameter(1, id)
                    .executeUpdate();
        }
        return find(caller.orgId(), id, false);
    }

    private QuarantineView find(UUID orgId, UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " where q.org_id = ?1 and q.id = ?2"
                + (lock ? " for update" : "")).setParameter(1, orgId).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(Quarantine::view)
                .orElseThrow(() -> new NotFoundException("quarantined mail", id));
    }

    private List<InboundMail.File> files(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select filename, content_type, data from"
                + " mail_quarantine_attachments where item_id = ?1 order by filename").setParameter(1, id)
                .getResultList();
        return rows.stream().map(r -> new InboundMail.File((String) r[0], (String) r[1], (byte[]) r[2])).toList();
    }

    private Optional<UUID> ticketStructure(UUID orgId, UUID ticketId) {
        @SuppressWarnings("unchecked")
        List<UUID> rows = em.createNativeQuery("select member_id from tickets where org_id = ?1 and id = ?2")
                .setParameter(1, orgId).setParameter(2, ticketId).getResultList();
        return rows.stream().findFirst();
    }

    private static QuarantineView view(Object[] r) {
        String files = (String) r[7];
        return new QuarantineView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], Reason.valueOf((String) r[4]),
                (String) r[5], Status.valueOf((String) r[6]), files == null ? List.of() : List.of(files.split("\n")),
                (UUID) r[8], SqlValues.instant(r[9]), ((Number) r[10]).longValue());
    }
}
