package org.passerelle.ticketing.knowledge;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.core.persistence.Versioned;

/**
 * An article as its readers see it: the text of its current version, its votes and reads so far.
 * {@code version} is the ETag's (optimistic locking); {@code currentVersion} numbers the text.
 */
public record ArticleView(UUID id, UUID categoryId, @Nullable UUID serviceId, ArticleStatus status,
        Visibility visibility, String title, String body, int currentVersion, long views, long helpfulVotes,
        long unhelpfulVotes, @Nullable Instant publishedAt, long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
