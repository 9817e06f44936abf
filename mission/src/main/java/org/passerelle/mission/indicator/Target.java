package org.passerelle.mission.indicator;

import java.math.BigDecimal;

import jakarta.annotation.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A year's target: the number the status is computed against and/or its wording in the report
 * ("Commercialiser entre 5 et 7 modules").
 */
@Embeddable
public record Target(@NotNull @Min(2000) @Max(2200) @Column(name = "year") Integer year,
        @Nullable @Digits(integer = 12, fraction = 2) @Column(name = "value") BigDecimal value,
        @Nullable @Size(max = 1000) @Column(name = "label") String label) {
}
