package org.passerelle.training.session;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

/** A half-day slot, in the organisation's time zone. */
public record SlotData(@NotNull LocalDate day, @NotNull Half half, @NotNull LocalTime start, @NotNull LocalTime end) {
}
