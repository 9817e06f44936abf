package org.passerelle.mission.indicator;

import java.math.BigDecimal;

/** An indicator's situation for one year: target, latest value and the status they give. */
public record IndicatorYear(int year, BigDecimal target, String targetLabel, BigDecimal value,
        IndicatorStatus status, MeasurementView measurement) {
}
