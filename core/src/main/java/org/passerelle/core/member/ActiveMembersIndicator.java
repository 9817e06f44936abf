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

/** Number of active member structures at the end of the period, optionally of one kind. */
@ApplicationScoped
class ActiveMembersIndicator implements IndicatorSource {

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("core.members.active",
            "Nombre d'adhérents actifs", "Number of active members", Unit.COUNT,
            List.of(new IndicatorDefinition.Parameter("kind", "Only members of this kind",
                    Arrays.stream(MemberKind.values()).map(Enum::name).toList())));

    private final MemberRepository members;

    ActiveMembersIndicator(MemberRepository members) {
        this.members = members;
    }

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(IndicatorQuery query) {
        String kind = query.parameter("kind");
        long count = members.countActive(query.orgId(), query.period().end(query.zone()),
                kind == null ? null : MemberKind.valueOf(kind));
        return IndicatorValue.of(DEFINITION, query, BigDecimal.valueOf(count), count);
    }
}
