package org.passerelle.core.webhook;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

/**
 * A subscription without its secret (shown only once, in {@link WebhookCreated}).
 *
 * @param legacySecret            signed with its secret's text as HMAC key, as before Passerelle followed the
 *                                Standard Webhooks keys; a rotation ends it
 * @param previousSecretExpiresAt while a rotation's overlap lasts, until when the previous secret still signs
 */
public record WebhookView(UUID id, String url, Set<String> eventTypes, @Nullable String description, boolean active,
        boolean legacySecret, @Nullable Instant previousSecretExpiresAt, long version, Instant createdAt) implements Versioned {
}
