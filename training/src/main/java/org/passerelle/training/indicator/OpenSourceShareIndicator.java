package org.passerelle.training.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorSource;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;
import org.passerelle.core.replica.ReadDatabase;

/**
 * Share of the sessions held (running or completed, starting in the period) where open-source
 * alternatives were presented; undefined (null) when no session was held.
 */
@ApplicationScoped
class OpenSourceShareIndicator implements IndicatorSource {

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("training.sessions.open-source-share",
            "Part des sessions présentant des alternatives libres", "Share of sessions presenting open-source alternatives",
            Unit.PERCENT, List.of());

    private static final String SQL = """
            SELECT count(*) FILTER (WHERE s.open_source_alternatives), count(*)
            FROM training_sessions s
            WHERE s.org_id = ?1 AND s.status IN ('RUNNING', 'COMPLETED')
              AND s.starts_at >= ?2 AND s.starts_at < ?3
            """;

    private final ReadDatabase reads;

    OpenSourceShareIndicator(ReadDatabase reads) {
        this.reads = reads;
    }

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(IndicatorQuery query) {
        Object[] row = reads.query(q -> q.single(SQL, query.orgAndPeriod()));
        long flagged = ((Number) row[0]).longValue();
        long held = ((Number) row[1]).longValue();
        BigDecimal share = held == 0 ? null
                : BigDecimal.valueOf(flagged * 100).divide(BigDecimal.valueOf(held), 1, RoundingMode.HALF_UP);
        return IndicatorValue.of(DEFINITION, query, share, held);
    }
}
