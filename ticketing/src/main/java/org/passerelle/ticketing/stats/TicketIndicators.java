package org.passerelle.ticketing.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorSource;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;

/** Ticketing figures offered to the mission report through the core indicator SPI. */
final class TicketIndicators {

    private TicketIndicators() {
    }

    @ApplicationScoped
    static class RequestsCount implements IndicatorSource {
        static final IndicatorDefinition DEFINITION = new IndicatorDefinition("ticketing.requests.count",
                "Nombre de demandes déposées", "Number of requests filed", Unit.COUNT,
                List.of(new IndicatorDefinition.Parameter("type", "ASSISTANCE or PURCHASE_ORDER",
                        List.of("ASSISTANCE", "PURCHASE_ORDER"))));
        private final StatisticsService stats;

        RequestsCount(StatisticsService stats) {
            this.stats = stats;
        }

        @Override
        public IndicatorDefinition definition() {
            return DEFINITION;
        }

        @Override
        public IndicatorValue compute(IndicatorQuery q) {
            long n = stats.createdCount(q.orgId(), q.period().start(q.zone()), q.period().end(q.zone()), q.parameter("type"));
            return IndicatorValue.of(DEFINITION, q, BigDecimal.valueOf(n), n);
        }
    }

    @ApplicationScoped
    static class MeanProcessingTime implements IndicatorSource {
        static final IndicatorDefinition DEFINITION = new IndicatorDefinition("ticketing.processing_time.mean",
                "Temps moyen de traitement d'une demande", "Mean processing time of a request", Unit.HOURS,
                List.of(new IndicatorDefinition.Parameter("level", "Support level", List.of("N1", "N2")),
                        new IndicatorDefinition.Parameter("time", "calendar (default) or business hours",
                                List.of("calendar", "business"))));
        private final StatisticsService stats;

        MeanProcessingTime(StatisticsService stats) {
            this.stats = stats;
        }

        @Override
        public IndicatorDefinition definition() {
            return DEFINITION;
        }

        @Override
        public IndicatorValue compute(IndicatorQuery q) {
            var byLevel = stats.processing(q.orgId(), q.period().start(q.zone()), q.period().end(q.zone()));
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
            return IndicatorValue.of(DEFINITION, q, hours, resolved);
        }
    }

    @ApplicationScoped
    static class ResolutionCompliance implements IndicatorSource {
        static final IndicatorDefinition DEFINITION = new IndicatorDefinition("ticketing.sla.resolution_compliance",
                "Demandes résolues dans les délais", "Requests resolved within target", Unit.PERCENT, List.of());
        private final StatisticsService stats;

        ResolutionCompliance(StatisticsService stats) {
            this.stats = stats;
        }

        @Override
        public IndicatorDefinition definition() {
            return DEFINITION;
        }

        @Override
        public IndicatorValue compute(IndicatorQuery q) {
            var from = q.period().start(q.zone());
            var to = q.period().end(q.zone());
            var processing = stats.processing(q.orgId(), from, to);
            long resolved = processing.values().stream().mapToLong(TicketStatistics.ProcessingTime::resolved).sum();
            return IndicatorValue.of(DEFINITION, q, stats.sla(q.orgId(), from, to).resolutionCompliance(), resolved);
        }
    }

    @ApplicationScoped
    static class SatisfactionAverage implements IndicatorSource {
        static final IndicatorDefinition DEFINITION = new IndicatorDefinition("ticketing.satisfaction.average",
                "Satisfaction moyenne des demandeurs (sur 5)", "Requesters' average satisfaction (out of 5)",
                Unit.SCORE, List.of());
        private final StatisticsService stats;

        SatisfactionAverage(StatisticsService stats) {
            this.stats = stats;
        }

        @Override
        public IndicatorDefinition definition() {
            return DEFINITION;
        }

        @Override
        public IndicatorValue compute(IndicatorQuery q) {
            var s = stats.satisfaction(q.orgId(), q.period().start(q.zone()), q.period().end(q.zone()));
            return IndicatorValue.of(DEFINITION, q, s.average(), s.average() == null ? 0 : 1);
        }
    }

    @ApplicationScoped
    static class RecategorisationRate implements IndicatorSource {
        static final IndicatorDefinition DEFINITION = new IndicatorDefinition("ticketing.recategorisation.rate",
                "Demandes mal classées (recatégorisées)", "Requests re-categorised", Unit.PERCENT, List.of());
        private final StatisticsService stats;

        RecategorisationRate(StatisticsService stats) {
            this.stats = stats;
        }

        @Override
        public IndicatorDefinition definition() {
            return DEFINITION;
        }

        @Override
        public IndicatorValue compute(IndicatorQuery q) {
            var from = q.period().start(q.zone());
            var to = q.period().end(q.zone());
            return IndicatorValue.of(DEFINITION, q, stats.recategorisation(q.orgId(), from, to).rate(),
                    stats.createdCount(q.orgId(), from, to, null));
        }
    }
}
