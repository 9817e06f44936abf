package org.passerelle.ticketing.ticket;

import java.util.UUID;

/**
 * Something people should hear about, fired inside the changing transaction; mail goes out only if it
 * commits (observers use {@code TransactionPhase.AFTER_SUCCESS}).
 *
 * @param comment the public reply for {@link Kind#REPLIED}; the original's reference for {@link Kind#MERGED}
 */
public record TicketNotice(Kind kind, UUID orgId, TicketView ticket, String comment) {

    public enum Kind {
        CREATED, REPLIED, RESOLVED, MERGED
    }
}
