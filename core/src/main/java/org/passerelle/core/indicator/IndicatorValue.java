package org.passerelle.core.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import jakarta.annotation.Nullable;

import org.passerelle.core.persistence.Instants;

/**
 * A computed figure and where it comes from, so that an auditor can check it.
 *
 * @param value null when the figure is undefined (a mean over no record)
 */
public record IndicatorValue(@Nullable BigDecimal value, Unit unit, Provenance provenance) {

    /**
     * @param recordCount how many records the value was computed from
     */
    public record Provenance(String sourceKey, Map<String, String> parameters, Period period, long recordCount,
            Instant computedAt) {
    }

    public static IndicatorValue of(IndicatorDefinition definition, IndicatorQuery query, BigDecimal value,
            long recordCount) {
        return new IndicatorValue(value, definition.unit(), new Provenance(definition.key(), query.parameters(),
                query.period(), recordCount, Instants.now()));
    }
}
