package org.passerelle.ticketing.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleStatusTest {

    @Test
    void drafts_and_archived_articles_are_published_and_published_ones_archived() {
        assertTrue(ArticleStatus.DRAFT.canBecome(ArticleStatus.PUBLISHED));
        assertTrue(ArticleStatus.ARCHIVED.canBecome(ArticleStatus.PUBLISHED));
        assertTrue(ArticleStatus.PUBLISHED.canBecome(ArticleStatus.ARCHIVED));
        assertFalse(ArticleStatus.PUBLISHED.canBecome(ArticleStatus.PUBLISHED));
        assertFalse(ArticleStatus.DRAFT.canBecome(ArticleStatus.ARCHIVED));
        assertFalse(ArticleStatus.ARCHIVED.canBecome(ArticleStatus.ARCHIVED));
        for (ArticleStatus s : ArticleStatus.values()) {
            assertFalse(s.canBecome(ArticleStatus.DRAFT), s + " back to draft");
        }
    }

    @Test
    void only_a_text_readers_have_seen_is_versioned_when_edited() {
        assertFalse(ArticleStatus.DRAFT.versionsEdits());
        assertTrue(ArticleStatus.PUBLISHED.versionsEdits());
        assertTrue(ArticleStatus.ARCHIVED.versionsEdits());
    }
}
