package org.passerelle.ticketing.knowledge;

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
import org.passerelle.ticketing.ticket.AttachmentContent;
import org.passerelle.ticketing.ticket.AttachmentView;
import org.passerelle.ticketing.ticket.TicketingConfig;
import org.passerelle.ticketing.ticket.Upload;

/**
 * Files of an article (screenshots, forms), stored in PostgreSQL under the same type and size limits as
 * ticket attachments; whoever reads the article reads its files.
 */
@ApplicationScoped
public class ArticleAttachments {

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final ArticleService articles;
    private final TicketingConfig config;

    ArticleAttachments(EntityManager em, TicketingPolicy policy, ArticleService articles, TicketingConfig config) {
        this.em = em;
        this.policy = policy;
        this.articles = articles;
        this.config = config;
    }

    @Transactional
    public AttachmentView attach(OrgAccess caller, UUID articleId, String filename, String contentType, byte[] data) {
        policy.writeArticles(caller);
        articles.get(caller, articleId);
        Upload file = Upload.of(config.attachments(), filename, contentType, data);
        UUID id = UUID.randomUUID();
        Instant now = Instants.now();
        em.createNativeQuery("insert into kb_article_attachments (id, org_id, article_id, filename, content_type, size,"
                + " sha256, uploaded_by, data, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, id).setParameter(2, caller.orgId()).setParameter(3, articleId)
                .setParameter(4, file.filename()).setParameter(5, file.contentType()).setParameter(6, data.length)
                .setParameter(7, file.sha256()).setParameter(8, caller.personId()).setParameter(9, data).setParameter(10, now).executeUpdate();
        return new AttachmentView(id, file.filename(), file.contentType(), data.length, file.sha256(), false,
                caller.personId(), now);
    }

    public List<AttachmentView> list(OrgAccess caller, UUID articleId) {
        articles.get(caller, articleId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, filename, content_type, size, sha256, uploaded_by,"
                + " created_at from kb_article_attachments where org_id = ?1 and article_id = ?2 order by created_at, id")
                .setParameter(1, caller.orgId()).setParameter(2, articleId).getResultList();
        return rows.stream().map(ArticleAttachments::view).toList();
    }

    public AttachmentContent download(OrgAccess caller, UUID articleId, UUID attachmentId) {
        articles.get(caller, articleId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, filename, content_type, size, sha256, uploaded_by,"
                + " created_at, data from kb_article_attachments where org_id = ?1 and article_id = ?2 and id = ?3")
                .setParameter(1, caller.orgId()).setParameter(2, articleId).setParameter(3, attachmentId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return new AttachmentContent(view(rows.get(0)), (byte[]) rows.get(0)[7]);
    }

    private static AttachmentView view(Object[] r) {
        return new AttachmentView((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                (String) r[4], false, (UUID) r[5], SqlValues.instant(r[6]));
    }
}
