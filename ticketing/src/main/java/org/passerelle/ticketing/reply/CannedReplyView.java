package org.passerelle.ticketing.reply;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.core.persistence.Versioned;

/** A canned reply with how many times agents applied it. */
public record CannedReplyView(UUID id, @Nullable UUID teamId, String title, String body, int usageCount, long version,
        Instant createdAt, Instant updatedAt) implements Versioned {
}
