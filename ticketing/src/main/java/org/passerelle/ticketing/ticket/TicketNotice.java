package org.passerelle.ticketing.ticket;

import java.util.UUID;

/**
 * Something people should hear about, fired inside the changing transaction: the e-mails it queues go out only
 * if it commits. (A new ticket is announced by {@link TicketFiling} instead, before its reference is taken.)
 *
 * @param comment the public reply for {@link Kind#REPLIED}; the original's reference for {@link Kind#MERGED}
 */
public record TicketNotice(Kind kind, UUID orgId, TicketView ticket, String comment) {

    public enum Kind {
        REPLIED, RESOLVED, MERGED
    }
}
