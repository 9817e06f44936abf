package org.passerelle.training.indicator;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorSource;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;

/** Distinct trainers who taught at least one half-day slot, in the period, of a running or completed session. */
@ApplicationScoped
class ActiveTrainersIndicator implements IndicatorSource {

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("training.trainers.active",
            "Formateurs actifs", "Active trainers", Unit.COUNT, List.of());

    private static final String SQL = """
            SELECT count(DISTINCT t.person_id), count(*)
            FROM training_session_slots sl
            JOIN training_sessions s ON s.org_id = sl.org_id AND s.id = sl.session_id
            JOIN training_session_trainers t ON t.session_id = s.id
            WHERE sl.org_id = ?1 AND s.status IN ('RUNNING', 'COMPLETED')
              AND sl.starts_at >= ?2 AND sl.starts_at < ?3
            """;

    private final EntityManager em;

    ActiveTrainersIndicator(EntityManager em) {
        this.em = em;
    }

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(IndicatorQuery query) {
        Object[] row = (Object[]) em.createNativeQuery(SQL).setParameter(1, query.orgId())
                .setParameter(2, query.period().start(query.zone())).setParameter(3, query.period().end(query.zone()))
                .getSingleResult();
        long trainers = ((Number) row[0]).longValue();
        long slots = ((Number) row[1]).longValue();
        return IndicatorValue.of(DEFINITION, query, BigDecimal.valueOf(trainers), slots);
    }
}
