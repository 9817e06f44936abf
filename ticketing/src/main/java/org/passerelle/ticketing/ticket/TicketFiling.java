package org.passerelle.ticketing.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.Nullable;

/**
 * A ticket about to be filed, announced before its reference is taken: observers do their reads now, while no lock
 * is held, and hand over what they will write once the ticket exists ({@link #onFiled}), which runs in the creating
 * transaction under the reference's row lock (docs/ticketing.md, "References").
 */
public final class TicketFiling {

    private final UUID orgId;
    private final UUID requesterId;
    private final UUID teamId;
    private final List<Consumer<TicketView>> writes = new ArrayList<>();

    TicketFiling(UUID orgId, @Nullable UUID requesterId, UUID teamId) {
        this.orgId = orgId;
        this.requesterId = requesterId;
        this.teamId = teamId;
    }

    public UUID orgId() {
        return orgId;
    }

    /** The person filing for a member structure; null when staff or a partner files. */
    public @Nullable UUID requesterId() {
        return requesterId;
    }

    /** The team the ticket is routed to. */
    public UUID teamId() {
        return teamId;
    }

    /** What to write once the ticket exists: writes only, no read, as a lock is then held. */
    public void onFiled(Consumer<TicketView> write) {
        writes.add(write);
    }

    void filed(TicketView ticket) {
        writes.forEach(w -> w.accept(ticket));
    }
}
