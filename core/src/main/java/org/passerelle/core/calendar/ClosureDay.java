package org.passerelle.core.calendar;

import java.time.LocalDate;

import jakarta.annotation.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A day the organisation is closed besides public holidays (a "pont", a team day...). */
@Embeddable
public record ClosureDay(@NotNull @Column(name = "day") LocalDate date,
        @Nullable @Size(max = 200) @Column(name = "label") String label) {
}
