package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.UUID;

/** One recorded change: who, when, what changed from → to. */
public record HistoryEntry(Instant at, UUID actorId, String actor, String action, String field, String from,
        String to) {
}
