package org.passerelle.core.webhook;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Nullable;

/** A subscription without its secret (shown only once, in {@link WebhookCreated}). */
public record WebhookView(UUID id, String url, Set<String> eventTypes, @Nullable String description, boolean active,
        long version, Instant createdAt) {
}
