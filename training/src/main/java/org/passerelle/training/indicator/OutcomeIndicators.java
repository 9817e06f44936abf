package org.passerelle.training.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Singleton;

import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorSource;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;
import org.passerelle.training.statistics.Outcomes;
import org.passerelle.training.statistics.StatisticsService;

/**
 * What the sessions held in the period delivered, as SPI sources (for mission reports and key figures):
 * hours attended, average hours per trainee, satisfaction and completion rates. One SQL pass each, shared
 * with the statistics endpoint. Singletons: the shared superclass has no no-argument constructor for a proxy.
 */
final class OutcomeIndicators {

    private OutcomeIndicators() {
    }

    abstract static class Outcome implements IndicatorSource {
        private final StatisticsService statistics;
        private final IndicatorDefinition definition;
        private final Function<Outcomes, BigDecimal> value;
        private final Function<Outcomes, Long> records;

        Outcome(StatisticsService statistics, IndicatorDefinition definition, Function<Outcomes, BigDecimal> value,
                Function<Outcomes, Long> records) {
            this.statistics = statistics;
            this.definition = definition;
            this.value = value;
            this.records = records;
        }

        @Override
        public IndicatorDefinition definition() {
            return definition;
        }

        @Override
        public IndicatorValue compute(IndicatorQuery query) {
            Outcomes o = statistics.outcomes(query.orgId(), query.zone(), query.period());
            return IndicatorValue.of(definition, query, value.apply(o), records.apply(o));
        }
    }

    @Singleton
    static class HoursDelivered extends Outcome {
        HoursDelivered(StatisticsService statistics) {
            super(statistics, new IndicatorDefinition("training.hours.delivered", "Heures de formation suivies",
                    "Training hours attended", Unit.HOURS, List.of()), Outcomes::hoursDelivered, Outcomes::entered);
        }
    }

    @Singleton
    static class AverageHours extends Outcome {
        AverageHours(StatisticsService statistics) {
            super(statistics, new IndicatorDefinition("training.trainees.average-hours", "Heures suivies par stagiaire",
                    "Hours attended per trainee", Unit.HOURS, List.of()), Outcomes::averageHoursPerTrainee,
                    Outcomes::traineesAttending);
        }
    }

    @Singleton
    static class Satisfaction extends Outcome {
        Satisfaction(StatisticsService statistics) {
            super(statistics, new IndicatorDefinition("training.satisfaction.rate", "Taux de satisfaction (à chaud)",
                    "Satisfaction rate (end of training)", Unit.PERCENT, List.of()), Outcomes::satisfactionRate,
                    Outcomes::surveys);
        }
    }

    @Singleton
    static class Completion extends Outcome {
        Completion(StatisticsService statistics) {
            super(statistics, new IndicatorDefinition("training.completion.rate", "Taux d'achèvement",
                    "Completion rate", Unit.PERCENT, List.of()), Outcomes::completionRate, Outcomes::entered);
        }
    }
}
