package org.passerelle.training.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

/**
 * A half-day slot.
 *
 * @param trainerId  its own trainer, if it has one
 * @param trainerIds who teaches it: its own trainer, else the session's trainers
 * @param version    the slot's own version (its ETag): it changes when its trainer does
 */
public record SlotView(UUID id, LocalDate day, Half half, Instant startsAt, Instant endsAt, @Nullable UUID trainerId,
        List<UUID> trainerIds, long version) implements Versioned {
}
