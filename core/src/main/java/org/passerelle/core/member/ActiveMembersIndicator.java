package org.passerelle.core.member;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorSource;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;
import org.passerelle.core.replica.ReadDatabase;

/**
 * Number of active member structures at the end of the period, optionally of one kind; read through
 * {@link ReadDatabase} like the other sources.
 */
@ApplicationScoped
class ActiveMembersIndicator implements IndicatorSource {

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("core.members.active",
            "Nombre d'adhérents actifs", "Number of active members", Unit.COUNT,
            List.of(new IndicatorDefinition.Parameter("kind", "Only members of this kind",
                    Arrays.stream(MemberKind.values()).map(Enum::name).toList())));

    private static final String SQL = "SELECT count(*) FROM members WHERE org_id = ?1 AND active AND created_at < ?2"
            + " AND (cast(?3 AS text) IS NULL OR kind = ?3)";

    private final ReadDatabase reads;

    ActiveMembersIndicator(ReadDatabase reads) {
        this.reads = reads;
    }

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(IndicatorQuery query) {
        String kind = query.parameter("kind");
        long count = ((Number) reads.query(q -> q.value(SQL, query.orgId(), query.period().end(query.zone()), kind)))
                .longValue();
        return IndicatorValue.of(DEFINITION, query, BigDecimal.valueOf(count), count);
    }
}
