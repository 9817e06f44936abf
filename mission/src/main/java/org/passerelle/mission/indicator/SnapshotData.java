package org.passerelle.mission.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Which year an SPI-bound indicator's value is computed and kept for. */
public record SnapshotData(@NotNull @Min(2000) @Max(2200) Integer year) {
}
