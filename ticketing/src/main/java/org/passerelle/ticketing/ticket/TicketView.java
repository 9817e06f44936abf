package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.ticketing.settings.Impact;
import org.passerelle.ticketing.settings.Priority;
import org.passerelle.ticketing.settings.Urgency;
import org.passerelle.core.persistence.Versioned;

public record TicketView(UUID id, String reference, TicketType type, Status status, UUID memberId,
        @Nullable UUID requesterId, String title, String description, UUID categoryId, @Nullable UUID serviceId,
        UUID teamId, Level level, Urgency urgency, Impact impact, Priority priority, @Nullable UUID assigneeId,
        @Nullable Instant firstResponseDueAt, @Nullable Instant resolutionDueAt, @Nullable Instant firstRespondedAt,
        @Nullable Instant resolvedAt, @Nullable Instant closedAt, boolean firstResponseBreached,
        boolean resolutionBreached, @Nullable Integer satisfactionScore, @Nullable String satisfactionComment,
        @Nullable UUID mergedIntoId, List<OrderLine> orderLines, long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
