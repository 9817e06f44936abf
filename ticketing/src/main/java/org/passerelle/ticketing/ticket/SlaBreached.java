package org.passerelle.ticketing.ticket;

import java.util.UUID;

/** Fired (CDI event, and the {@code ticket.sla_breached} webhook) when a ticket misses a target. */
public record SlaBreached(UUID orgId, UUID ticketId, String reference, Kind kind) {

    public enum Kind {
        FIRST_RESPONSE, RESOLUTION
    }
}
