package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.passerelle.ticketing.settings.Impact;
import org.passerelle.ticketing.settings.Priority;
import org.passerelle.ticketing.settings.Urgency;

public record TicketView(UUID id, String reference, TicketType type, Status status, UUID memberId, UUID requesterId,
        String title, String description, UUID categoryId, UUID serviceId, UUID teamId, Level level, Urgency urgency,
        Impact impact, Priority priority, UUID assigneeId, Instant firstResponseDueAt, Instant resolutionDueAt,
        Instant firstRespondedAt, Instant resolvedAt, Instant closedAt, boolean firstResponseBreached,
        boolean resolutionBreached, Integer satisfactionScore, String satisfactionComment, UUID mergedIntoId,
        List<OrderLine> orderLines,
        long version, Instant createdAt, Instant updatedAt) {
}
