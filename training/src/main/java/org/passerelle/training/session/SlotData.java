package org.passerelle.training.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * A half-day slot, in the organisation's time zone.
 *
 * @param trainerId the person with the trainer role who teaches this half-day only; absent: the session's trainers
 */
public record SlotData(@NotNull LocalDate day, @NotNull Half half, @NotNull LocalTime start, @NotNull LocalTime end,
        UUID trainerId) {

    /** A slot taught by the session's trainers. */
    public SlotData(LocalDate day, Half half, LocalTime start, LocalTime end) {
        this(day, half, start, end, null);
    }
}
