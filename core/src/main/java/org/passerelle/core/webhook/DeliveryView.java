package org.passerelle.core.webhook;

import java.time.Instant;
import java.util.UUID;

/** One event's delivery to one subscription, as the delivery log shows it. */
public record DeliveryView(UUID id, UUID eventId, String eventType, Instant occurredAt, DeliveryStatus status,
        int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant deliveredAt,
        long version) {
}
