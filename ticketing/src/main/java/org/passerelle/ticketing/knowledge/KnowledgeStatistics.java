package org.passerelle.ticketing.knowledge;

import java.time.LocalDate;

/**
 * What the knowledge base did over a period. A suggestion is <i>opened</i> when the person it was shown to
 * reads the article within the hour; a request is <i>avoided</i> when that person then files no ticket within
 * 24 hours (counted once per person and day; the last day's figure is provisional until its 24 hours pass).
 */
public record KnowledgeStatistics(LocalDate from, LocalDate to, long views, long helpfulVotes, long unhelpfulVotes,
        long suggestionsShown, long suggestionsOpened, long requestsAvoided, long ticketsResolvedWithArticle) {
}
