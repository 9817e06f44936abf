package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.passerelle.ticketing.settings.Priority;

/**
 * Filters of ticket lists; all optional.
 *
 * @param q         words searched in French full-text (title, description, public comments; internal notes
 *                  for staff)
 * @param breached  tickets whose first response or resolution target was missed
 * @param mine      the caller's open tickets: assigned to it (open statuses unless {@code statuses} are given)
 * @param queue     the open tickets of the caller's team (422 if the caller belongs to no team)
 */
public record TicketFilter(String q, Set<Status> statuses, TicketType type, UUID categoryId, UUID teamId, Level level,
        UUID memberId, UUID assigneeId, Priority priority, Instant createdFrom, Instant createdTo, Instant resolvedFrom,
        Instant resolvedTo, Boolean breached, boolean mine, boolean queue) {
}
