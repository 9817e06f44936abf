package org.passerelle.mission.indicator;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A value typed in for a year, with what proves it: a link and/or a note (a file can be attached after). */
public record MeasurementData(@NotNull @Min(2000) @Max(2200) Integer year,
        @NotNull @Digits(integer = 12, fraction = 2) BigDecimal value,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String evidenceUrl, @Size(max = 4000) String note) {
}
