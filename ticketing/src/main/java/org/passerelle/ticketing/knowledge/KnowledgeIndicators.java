package org.passerelle.ticketing.knowledge;

import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Singleton;

import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorSource;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;

/** Requests avoided by the knowledge base, offered to the mission report through the core indicator SPI. */
@Singleton
class KnowledgeIndicators implements IndicatorSource {

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("ticketing.knowledge.requests_avoided",
            "Demandes évitées grâce à la base de connaissances",
            "Requests avoided by the knowledge base", Unit.COUNT, List.of());

    private final KnowledgeStatisticsService stats;

    KnowledgeIndicators(KnowledgeStatisticsService stats) {
        this.stats = stats;
    }

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(IndicatorQuery q) {
        long n = stats.requestsAvoided(q.orgId(), q.period().start(q.zone()), q.period().end(q.zone()));
        return IndicatorValue.of(DEFINITION, q, BigDecimal.valueOf(n), n);
    }
}
