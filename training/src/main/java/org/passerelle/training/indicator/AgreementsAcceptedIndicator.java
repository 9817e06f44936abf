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

/** Training agreements (member structure × session) accepted by the structure's contact in the period. */
@ApplicationScoped
class AgreementsAcceptedIndicator implements IndicatorSource {

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("training.agreements.accepted",
            "Conventions de formation acceptées", "Training agreements accepted", Unit.COUNT, List.of());

    private static final String SQL = """
            SELECT count(DISTINCT (member_id, session_id)), count(*)
            FROM training_agreement_acceptances
            WHERE org_id = ?1 AND accepted_at >= ?2 AND accepted_at < ?3
            """;

    private final ReadDatabase reads;

    AgreementsAcceptedIndicator(ReadDatabase reads) {
        this.reads = reads;
    }

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(IndicatorQuery query) {
        Object[] row = reads.query(q -> q.single(SQL, query.orgAndPeriod()));
        return IndicatorValue.of(DEFINITION, query, BigDecimal.valueOf(((Number) row[0]).longValue()),
                ((Number) row[1]).longValue());
    }
}
