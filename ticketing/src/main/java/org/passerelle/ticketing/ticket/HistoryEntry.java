package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

/** One recorded change: who, when, what changed from → to. */
public record HistoryEntry(Instant at, @Nullable UUID actorId, @Nullable String actor, String action,
        @Nullable String field, @Nullable String from, @Nullable String to) {
}
