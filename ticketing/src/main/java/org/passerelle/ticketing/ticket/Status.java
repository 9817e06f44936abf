package org.passerelle.ticketing.ticket;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TicketStatus")
public enum Status {
    AWAITING_APPROVAL, NEW, IN_PROGRESS, WAITING, RESOLVED, CLOSED, CANCELLED;

    /** Statuses in which the organisation still owes work (its backlog). */
    public static final Set<Status> OPEN = Set.of(NEW, IN_PROGRESS, WAITING);

    boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }
}
