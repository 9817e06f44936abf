package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.ticketing.TicketingPolicy;

/**
 * Files attached to tickets, stored in PostgreSQL; internal ones are for staff only ({@link TicketingPolicy}).
 * Whoever may not see the ticket gets 404 before any other answer.
 */
@ApplicationScoped
public class AttachmentService {

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final TicketStore store;
    private final TicketingConfig config;

    AttachmentService(EntityManager em, TicketingPolicy policy, TicketStore store, TicketingConfig config) {
        this.em = em;
        this.policy = policy;
        this.store = store;
        this.config = config;
    }

    public int maxSize() {
        return config.attachments().maxSize();
    }

    @Transactional
    public AttachmentView attach(OrgAccess caller, UUID ticketId, String filename, String contentType, byte[] data,
            boolean internal) {
        Ticket t = store.visible(caller, ticketId);
        policy.followUp(caller, internal);
        t.requireFollowUps();
        Upload file = Upload.of(config.attachments(), filename, contentType, data);
        UUID id = UUID.randomUUID();
        Instant now = Instants.now();
        em.createNativeQuery("insert into ticket_attachments (id, org_id, ticket_id, filename, content_type, size,"
                + " sha256, internal, uploaded_by, data, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, id).setParameter(2, t.orgId).setParameter(3, t.id).setParameter(4, file.filename())
                .setParameter(5, file.contentType()).setParameter(6, data.length).setParameter(7, file.sha256())
                .setParameter(8, internal)
                .setParameter(9, caller.personId()).setParameter(10, data).setParameter(11, now).executeUpdate();
        store.record(t, caller, internal ? "internal-note" : "attached", "attachment", null, file.filename());
        return new AttachmentView(id, file.filename(), file.contentType(), data.length, file.sha256(), internal,
                caller.personId(), now);
    }

    public List<AttachmentView> list(OrgAccess caller, UUID ticketId) {
        Ticket t = store.visible(caller, ticketId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, filename, content_type, size, sha256, internal,"
                + " uploaded_by, created_at from ticket_attachments where org_id = ?1 and ticket_id = ?2"
                + " and (?3 or not internal) order by created_at, id").setParameter(1, t.orgId).setParameter(2, t.id)
                .setParameter(3, policy.seesInternal(caller)).getResultList();
        return rows.stream().map(AttachmentService::view).toList();
    }

    public AttachmentContent download(OrgAccess caller, UUID ticketId, UUID attachmentId) {
        Ticket t = store.visible(caller, ticketId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, filename, content_type, size, sha256, internal,"
                + " uploaded_by, created_at, data from ticket_attachments where org_id = ?1 and ticket_id = ?2"
                + " and id = ?3 and (?4 or not internal)").setParameter(1, t.orgId).setParameter(2, t.id)
                .setParameter(3, attachmentId).setParameter(4, policy.seesInternal(caller)).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return new AttachmentContent(view(rows.get(0)), (byte[]) rows.get(0)[8]);
    }

    private static AttachmentView view(Object[] r) {
        return new AttachmentView((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), (String) r[4],
                (Boolean) r[5], (UUID) r[6], SqlValues.instant(r[7]));
    }
}
