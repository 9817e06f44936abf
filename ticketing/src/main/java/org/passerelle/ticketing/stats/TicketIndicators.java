package org.passerelle.ticketing.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Singleton;

import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorSource;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;

/** Ticketing figures offered to the mission report through the core indicator SPI. */
final class TicketIndicators {

    private TicketIndicators() {
    }

    /** What every ticketing source shares: its definition and the statistics it reads. (Sources are
     * {@code @Singleton}: they hold no state a client proxy would need to swap.) */
    abstract static class Source implements IndicatorSource {
        final StatisticsService stats;
        private final IndicatorDefinition definition;

        Source(StatisticsService stats, IndicatorDefinition definition) {
            this.stats = stats;
            this.definition = definition;
        }

        @Override
        public IndicatorDefinition definition() {
            return definition;
        }

        IndicatorValue value(IndicatorQuery q, BigDecimal value, long records) {
            return IndicatorValue.of(definition, q, value, records);
        }
    }

    @Singleton
    static class RequestsCount extends Source {
        static final IndicatorDefinition DEFINITION = new IndicatorDefinition("ticketing.requests.count",
                "Nombre de demandes déposées", "Number of requests filed", Unit.COUNT,
                List.of(new IndicatorDefinition.Parameter("type", "ASSISTANCE or PURCHASE_ORDER",
                        List.of("ASSISTANCE", "PURCHASE_ORDER"))));
        RequestsCount(StatisticsService stats) {
            super(stats, DEFINITION);
        }

        @Override
        public IndicatorValue compute(IndicatorQuery q) {
            long n = stats.createdCount(q.orgId(), q.zone(), q.period(), q.parameter("type"));
            return value(q, BigDecimal.valueOf(n), n);
        }
    }

    @Singleton
    static class MeanProcessingTime extends Source {
        static final IndicatorDefinition DEFINITION = new IndicatorDefinition("ticketing.processing_time.mean",
                "Temps moyen de traitement d'une demande", "Mean processing time of a request", Unit.HOURS,
                List.of(new IndicatorDefinition.Parameter("level", "Support level", List.of("N1", "N2")),
                        new IndicatorDefinition.Parameter("time", "calendar (default) or business hours",
                                List.of("calendar", "business"))));
        MeanProcessingTime(StatisticsService stats) {
            super(stats, DEFINITION);
        }

        @Override
        public IndicatorValue compute(IndicatorQuery q) {
            var byLevel = stats.processing(q.orgId(), q.zone(), q.period());
            String level = q.parameter("level");
            boolean business = "business".equals(q.parameter("time"));
            long resolved = 0;
            double weighted = 0;
            for (var e : byLevel.entrySet()) {
                if (level == null || level.equals(e.getKey())) {
                    Duration mean = business ? e.getValue().meanBusiness() : e.getValue().mean();
                    resolved += e.getValue().resolved();
                    weighted += mean.toSeconds() * (double) e.getValue().resolved();
                }
            }
            BigDecimal hours = resolved == 0 ? null
                    : BigDecimal.valueOf(weighted / resolved / 3600).setScale(2, RoundingMode.HALF_UP);
            return value(q, hours, resolved);
        }
    }

    @Singleton
    static class ResolutionCompliance extends Source {
        static final IndicatorDefinition DEFINITION = new IndicatorDefinition("ticketing.sla.resolution_compliance",
                "Demandes résolues dans les délais", "Requests resolved within target", Unit.PERCENT, List.of());
        ResolutionCompliance(StatisticsService stats) {
            super(stats, DEFINITION);
        }

        @Override
        public IndicatorValue compute(IndicatorQuery q) {
            var processing = stats.processing(q.orgId(), q.zone(), q.period());
            long resolved = processing.values().stream().mapToLong(TicketStatistics.ProcessingTime::resolved).sum();
            return value(q, stats.sla(q.orgId(), q.zone(), q.period()).resolutionCompliance(), resolved);
        }
    }

    @Singleton
    static class SatisfactionAverage extends Source {
        static final IndicatorDefinition DEFINITION = new IndicatorDefinition("ticketing.satisfaction.average",
                "Satisfaction moyenne des demandeurs (sur 5)", "Requesters' average satisfaction (out of 5)",
                Unit.SCORE, List.of());
        SatisfactionAverage(StatisticsService stats) {
            super(stats, DEFINITION);
        }

        @Override
        public IndicatorValue compute(IndicatorQuery q) {
            var s = stats.satisfaction(q.orgId(), q.zone(), q.period());
            return value(q, s.average(), s.rated());
        }
    }

    @Singleton
    static class RecategorisationRate extends Source {
        static final IndicatorDefinition DEFINITION = new IndicatorDefinition("ticketing.recategorisation.rate",
                "Demandes mal classées (recatégorisées)", "Requests re-categorised", Unit.PERCENT, List.of());
        RecategorisationRate(StatisticsService stats) {
            super(stats, DEFINITION);
        }

        @Override
        public IndicatorValue compute(IndicatorQuery q) {
            return value(q, stats.recategorisation(q.orgId(), q.zone(), q.period()).rate(),
                    stats.createdCount(q.orgId(), q.zone(), q.period(), null));
        }
    }
}
