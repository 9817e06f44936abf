package org.passerelle.ticketing.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.passerelle.ticketing.ticket.Level;

/** Targets in business minutes of the organisation's calendar. */
public record SlaTarget(@NotNull Priority priority, @NotNull Level level,
        @NotNull @Min(1) @Max(100_000) Integer firstResponseMinutes,
        @NotNull @Min(1) @Max(1_000_000) Integer resolutionMinutes) {
}
