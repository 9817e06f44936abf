package org.passerelle.ticketing.knowledge;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.ticketing.TicketingPolicy;

/**
 * What readers do with articles besides reading them: suggestions before filing a ticket (each shown
 * article recorded, for the "requests avoided" figure) and "did this answer your question?" votes.
 */
@ApplicationScoped
public class ArticleFeedback {

    /** Enough to choose from without drowning the ticket form. */
    static final int SUGGESTIONS = 5;

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final ArticleService articles;

    ArticleFeedback(EntityManager em, TicketingPolicy policy, ArticleService articles) {
        this.em = em;
        this.policy = policy;
        this.articles = articles;
    }

    /**
     * Published articles the caller reads that match any word of a ticket's draft title, best first. Each one
     * shown to a person is recorded: opening it, then filing no ticket, is a request avoided.
     */
    @Transactional
    public List<ArticleView> suggest(OrgAccess caller, String title) {
        policy.suggestArticles(caller);
        if (title == null || title.isBlank()) {
            return List.of();
        }
        List<ArticleView> found = articles.search(articles.reader(caller), title, null, ArticleStatus.PUBLISHED,
                SUGGESTIONS, true);
        if (caller.personId() != null) {
            for (ArticleView a : found) {
                em.createNativeQuery("insert into kb_events (org_id, article_id, person_id, kind, at)"
                        + " values (?1, ?2, ?3, 'SUGGESTION', now())").setParameter(1, caller.orgId())
                        .setParameter(2, a.id()).setParameter(3, caller.personId()).executeUpdate();
            }
        }
        return found;
    }

    /**
     * A vote on an article the caller reads (404 otherwise). A person votes once per article, voting again
     * changes its vote; a vote without a person (the public pages) is one more anonymous vote.
     */
    @Transactional
    public ArticleView vote(OrgAccess caller, UUID articleId, boolean helpful) {
        ArticleView a = articles.visible(articles.reader(caller), articleId);
        if (a.status() != ArticleStatus.PUBLISHED) {
            throw new ConflictException("ticketing.article.not-published", a.title());
        }
        if (policy.countsOnePerPerson(caller)) {
            em.createNativeQuery("insert into kb_votes (org_id, article_id, person_id, helpful, at)"
                    + " values (?1, ?2, ?3, ?4, now()) on conflict (article_id, person_id) where person_id is not null"
                    + " do update set helpful = ?4, at = now()").setParameter(1, caller.orgId())
                    .setParameter(2, articleId).setParameter(3, caller.personId()).setParameter(4, helpful)
                    .executeUpdate();
        } else {
            em.createNativeQuery("insert into kb_votes (org_id, article_id, helpful, at) values (?1, ?2, ?3, now())")
                    .setParameter(1, caller.orgId()).setParameter(2, articleId).setParameter(3, helpful)
                    .executeUpdate();
        }
        return articles.visible(articles.reader(caller), articleId);
    }
}
