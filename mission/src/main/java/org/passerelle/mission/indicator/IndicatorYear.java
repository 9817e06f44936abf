package org.passerelle.mission.indicator;

import java.math.BigDecimal;

import jakarta.annotation.Nullable;

/** An indicator's situation for one year: target, latest value and the status they give. */
public record IndicatorYear(int year, @Nullable BigDecimal target, @Nullable String targetLabel,
        @Nullable BigDecimal value, @Nullable IndicatorStatus status, @Nullable MeasurementView measurement) {
}
