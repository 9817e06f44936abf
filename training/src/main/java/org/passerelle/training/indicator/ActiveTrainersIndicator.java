package org.passerelle.training.indicator;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorSource;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;
import org.passerelle.core.replica.ReadDatabase;

/**
 * Distinct trainers who taught at least one half-day slot (as its own trainer, or as a trainer of its session when
 * it has none), in the period, of a running or completed session.
 */
@ApplicationScoped
class ActiveTrainersIndicator implements IndicatorSource {

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("training.trainers.active",
            "Formateurs actifs", "Active trainers", Unit.COUNT, List.of());

    private static final String SQL = """
            SELECT count(DISTINCT st.person_id), count(*)
            FROM training_slot_trainers st
            JOIN training_sessions s ON s.org_id = st.org_id AND s.id = st.session_id
            WHERE st.org_id = ?1 AND s.status IN ('RUNNING', 'COMPLETED')
              AND st.starts_at >= ?2 AND st.starts_at < ?3
            """;

    private final ReadDatabase reads;

    ActiveTrainersIndicator(ReadDatabase reads) {
        this.reads = reads;
    }

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(IndicatorQuery query) {
        Object[] row = reads.query(q -> q.single(SQL, query.orgAndPeriod()));
        long trainers = ((Number) row[0]).longValue();
        long taught = ((Number) row[1]).longValue(); // half-days × their trainers: the records counted
        return IndicatorValue.of(DEFINITION, query, BigDecimal.valueOf(trainers), taught);
    }
}
