package org.passerelle.core.webhook;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A subscription without its secret (shown only once, in {@link WebhookCreated}). */
public record WebhookView(UUID id, String url, Set<String> eventTypes, String description, boolean active,
        long version, Instant createdAt) {
}
