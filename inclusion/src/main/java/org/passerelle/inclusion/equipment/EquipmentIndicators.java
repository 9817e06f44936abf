package org.passerelle.inclusion.equipment;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Singleton;

import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorSource;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;

/**
 * The programme's figures as SPI sources for the mission report: devices granted, paths completed and the
 * completion rate over the period, of one commune when the {@code commune} parameter names it. Singletons: the
 * shared superclass has no no-argument constructor for a proxy.
 */
final class EquipmentIndicators {

    private static final List<IndicatorDefinition.Parameter> BY_COMMUNE = List.of(new IndicatorDefinition.Parameter(
            "commune", "Only beneficiaries living in this commune (territory)", List.of()));

    private EquipmentIndicators() {
    }

    abstract static class Figure implements IndicatorSource {
        private final FiguresService figures;
        private final IndicatorDefinition definition;
        private final Function<EquipmentFigures.EquipmentCounts, BigDecimal> value;
        private final Function<EquipmentFigures.EquipmentCounts, Long> records;

        Figure(FiguresService figures, IndicatorDefinition definition,
                Function<EquipmentFigures.EquipmentCounts, BigDecimal> value, Function<EquipmentFigures.EquipmentCounts, Long> records) {
            this.figures = figures;
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
            EquipmentFigures.EquipmentCounts f = figures.figures(query.orgId(), query.period(), query.parameter("commune"));
            return IndicatorValue.of(definition, query, value.apply(f), records.apply(f));
        }
    }

    @Singleton
    static class ItemsGranted extends Figure {
        ItemsGranted(FiguresService figures) {
            super(figures, new IndicatorDefinition("inclusion.items.granted", "Équipements donnés aux bénéficiaires",
                    "Devices granted to beneficiaries", Unit.COUNT, BY_COMMUNE),
                    f -> BigDecimal.valueOf(f.itemsGranted()), EquipmentFigures.EquipmentCounts::itemsGranted);
        }
    }

    @Singleton
    static class PathsCompleted extends Figure {
        PathsCompleted(FiguresService figures) {
            super(figures, new IndicatorDefinition("inclusion.paths.completed",
                    "Parcours de formation achevés (prêts d'équipement)", "Training paths completed (equipment loans)",
                    Unit.COUNT, BY_COMMUNE), f -> BigDecimal.valueOf(f.pathsCompleted()),
                    EquipmentFigures.EquipmentCounts::pathsCompleted);
        }
    }

    @Singleton
    static class CompletionRate extends Figure {
        CompletionRate(FiguresService figures) {
            super(figures, new IndicatorDefinition("inclusion.paths.completion-rate",
                    "Taux d'achèvement des parcours (prêts d'équipement)", "Path completion rate (equipment loans)",
                    Unit.PERCENT, BY_COMMUNE), EquipmentFigures.EquipmentCounts::completionRate,
                    f -> f.pathsCompleted() + f.pathsAbandoned());
        }
    }
}
