package org.passerelle.ticketing.knowledge;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.ticketing.TicketingPolicy;
import org.passerelle.ticketing.ticket.TicketSearch;

/**
 * Articles an agent points to on a ticket (when resolving it, or any time): kept beside the ticket rather
 * than in it, they feed the "tickets resolved with an article" figure.
 */
@ApplicationScoped
public class TicketArticles {

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final TicketSearch tickets;
    private final ArticleService articles;

    TicketArticles(EntityManager em, TicketingPolicy policy, TicketSearch tickets, ArticleService articles) {
        this.em = em;
        this.policy = policy;
        this.tickets = tickets;
        this.articles = articles;
    }

    /** Staff link an article of the organisation to a ticket they see; linking twice changes nothing. */
    @Transactional
    public List<ArticleView> link(OrgAccess caller, UUID ticketId, UUID articleId) {
        tickets.get(caller, ticketId);
        policy.writeArticles(caller);
        try {
            articles.get(caller, articleId);
        } catch (NotFoundException e) {
            throw new RuleViolationException("articleId", "ticketing.article.unknown", articleId);
        }
        em.createNativeQuery("insert into kb_ticket_articles (org_id, ticket_id, article_id, linked_by, linked_at)"
                + " values (?1, ?2, ?3, ?4, now()) on conflict do nothing").setParameter(1, caller.orgId())
                .setParameter(2, ticketId).setParameter(3, articleId).setParameter(4, caller.personId())
                .executeUpdate();
        return list(caller, ticketId);
    }

    /** The linked articles the caller reads, for whoever sees the ticket. */
    public List<ArticleView> list(OrgAccess caller, UUID ticketId) {
        tickets.get(caller, ticketId);
        ArticleService.Reader reader = articles.reader(caller);
        List<ArticleView> linked = ArticleService.views(em.createNativeQuery(ArticleService.COLUMNS
                + " join kb_ticket_articles l on l.article_id = a.id where a.org_id = ?1 and l.ticket_id = ?2"
                + " order by l.linked_at, a.id").setParameter(1, caller.orgId()).setParameter(2, ticketId));
        return linked.stream().filter(a -> articles.shows(reader, a)).toList();
    }
}
