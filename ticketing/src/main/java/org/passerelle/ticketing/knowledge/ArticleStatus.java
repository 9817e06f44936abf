package org.passerelle.ticketing.knowledge;

import java.util.Set;

/** An article's life: written as a draft, published to its readers, archived when it no longer applies. */
public enum ArticleStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    /** Publishing a draft or an archived article (back in use); archiving a published one. */
    public boolean canBecome(ArticleStatus next) {
        return switch (next) {
            case PUBLISHED -> Set.of(DRAFT, ARCHIVED).contains(this);
            case ARCHIVED -> this == PUBLISHED;
            case DRAFT -> false;
        };
    }

    /** Readers have seen the text of a published (or once published) article: an edit makes a new version. */
    public boolean versionsEdits() {
        return this != DRAFT;
    }
}
