package org.passerelle.core.indicator;

import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** One computation request: which organisation, which period, which parameter values. */
public record IndicatorQuery(UUID orgId, ZoneId zone, Period period, Map<String, String> parameters) {

    public IndicatorQuery {
        parameters = Map.copyOf(parameters);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    /**
     * The parameters of a source's usual SQL, for {@code ReadDatabase}'s queries: {@code ?1} the organisation,
     * {@code ?2} and {@code ?3} the instants the period starts and ends in its zone.
     */
    public Object[] orgAndPeriod() {
        return new Object[] {orgId, period.start(zone), period.end(zone)};
    }
}
