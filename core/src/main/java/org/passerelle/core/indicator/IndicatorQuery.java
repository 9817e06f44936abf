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

    /** The parameters of a source's usual SQL, for {@code ReadDatabase}'s queries: see {@link Period#withOrg}. */
    public Object[] orgAndPeriod() {
        return period.withOrg(orgId, zone);
    }
}
