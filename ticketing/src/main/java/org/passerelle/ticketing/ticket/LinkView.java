package org.passerelle.ticketing.ticket;

import java.util.UUID;

/** A link from this ticket to another: RELATED (both ways) or DUPLICATE_OF (this one duplicates the other). */
public record LinkView(UUID otherId, String otherReference, LinkKind kind, boolean outgoing) {
}
