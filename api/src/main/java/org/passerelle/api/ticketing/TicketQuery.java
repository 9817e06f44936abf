package org.passerelle.api.ticketing;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.passerelle.ticketing.settings.Priority;
import org.passerelle.ticketing.ticket.Level;
import org.passerelle.ticketing.ticket.Status;
import org.passerelle.ticketing.ticket.TicketFilter;
import org.passerelle.ticketing.ticket.TicketType;

/** The filters of ticket lists and exports, as query parameters. */
public class TicketQuery {

    @Parameter(description = "French full-text query (title, description, comments; internal notes for staff)")
    @QueryParam("q")
    String q;

    @QueryParam("status")
    Set<Status> statuses;

    @QueryParam("type")
    TicketType type;

    @QueryParam("categoryId")
    UUID categoryId;

    @QueryParam("teamId")
    UUID teamId;

    @QueryParam("level")
    Level level;

    @QueryParam("memberId")
    UUID memberId;

    @QueryParam("assigneeId")
    UUID assigneeId;

    @QueryParam("priority")
    Priority priority;

    @QueryParam("createdFrom")
    Instant createdFrom;

    @QueryParam("createdTo")
    Instant createdTo;

    @QueryParam("resolvedFrom")
    Instant resolvedFrom;

    @QueryParam("resolvedTo")
    Instant resolvedTo;

    @Parameter(description = "Only tickets that missed (true) or met (false) a target")
    @QueryParam("breached")
    Boolean breached;

    @Parameter(description = "My open tickets: assigned to me (staff)")
    @QueryParam("mine")
    Boolean mine;

    @Parameter(description = "My team's open tickets (agents attached to a team)")
    @QueryParam("queue")
    Boolean queue;

    TicketFilter toFilter() {
        return new TicketFilter(q, statuses, type, categoryId, teamId, level, memberId, assigneeId, priority,
                createdFrom, createdTo, resolvedFrom, resolvedTo, breached, Boolean.TRUE.equals(mine),
                Boolean.TRUE.equals(queue));
    }
}
