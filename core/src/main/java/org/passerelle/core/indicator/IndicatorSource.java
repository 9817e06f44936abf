package org.passerelle.core.indicator;

/**
 * A figure a module can compute for an organisation over a period. Modules contribute implementations
 * as {@code @ApplicationScoped} beans; the {@link IndicatorRegistry} finds them all. Implementations
 * compute in SQL over indexed columns and must scope every query by {@code query.orgId()}.
 */
public interface IndicatorSource {

    IndicatorDefinition definition();

    IndicatorValue compute(IndicatorQuery query);
}
