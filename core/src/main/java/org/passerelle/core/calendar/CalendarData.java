package org.passerelle.core.calendar;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param holidayZone {@code FR}, or a department such as {@code FR-57} whose public holidays differ
 */
public record CalendarData(
        @NotNull String holidayZone,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull OpeningSlot> openingHours,
        @Size(max = 1000) List<@Valid @NotNull ClosureDay> closures) {
}
