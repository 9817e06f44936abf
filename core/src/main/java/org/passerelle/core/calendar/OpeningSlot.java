package org.passerelle.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;

/** One opening interval on a weekday, e.g. Monday 08:30–12:30. */
@Embeddable
public record OpeningSlot(
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "day_of_week") DayOfWeek day,
        @NotNull @Column(name = "opens_at") LocalTime opens,
        @NotNull @Column(name = "closes_at") LocalTime closes) {
}
