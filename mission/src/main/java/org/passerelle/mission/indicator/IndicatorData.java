package org.passerelle.mission.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An indicator of an objective.
 *
 * @param unit         free text shown with values ("%", "formateurs", "modules")
 * @param sourceKey    key of an indicator source of the core SPI (e.g. {@code training.trainers.active}); the
 *                     indicator's values are then snapshots of that source; absent for typed-in values
 * @param sourceParams parameters passed to that source
 */
public record IndicatorData(@NotNull UUID objectiveId, @NotBlank @Size(max = 300) String name,
        @NotNull IndicatorType type, @NotBlank @Size(max = 40) String unit, @NotNull Direction direction,
        @Size(max = 4000) String method, @Size(max = 200) String owner,
        @Digits(integer = 12, fraction = 2) BigDecimal baseline, @Size(max = 100) String sourceKey,
        @Size(max = 10) Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 200) String> sourceParams,
        @Size(max = 20) List<@NotNull @Valid Target> targets) {
}
