package org.passerelle.core.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

/** One event's delivery to one subscription, as the delivery log shows it. */
public record DeliveryView(UUID id, UUID eventId, String eventType, Instant occurredAt, DeliveryStatus status,
        int attempts, Instant nextAttemptAt, @Nullable Integer lastStatusCode, @Nullable String lastError,
        @Nullable Instant deliveredAt, long version) {
}
