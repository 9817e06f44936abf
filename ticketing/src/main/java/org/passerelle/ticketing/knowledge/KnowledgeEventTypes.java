package org.passerelle.ticketing.knowledge;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.webhook.WebhookEventTypes;

/** Webhook events about the knowledge base; the payload is the {@link ArticleView}. */
@ApplicationScoped
class KnowledgeEventTypes implements WebhookEventTypes {

    static final String PUBLISHED = "article.published";
    static final String ARCHIVED = "article.archived";

    @Override
    public Set<String> types() {
        return Set.of(PUBLISHED, ARCHIVED);
    }
}
