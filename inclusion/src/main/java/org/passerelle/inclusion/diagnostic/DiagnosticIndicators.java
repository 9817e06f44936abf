package org.passerelle.inclusion.diagnostic;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorSource;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;
import org.passerelle.core.replica.ReadDatabase;

/**
 * The diagnostic campaigns' figures for mission reporting. Each is one SQL query over the period (?2 to ?3) of the
 * organisation (?1) answering two counts: what is counted, and the records it was counted among; read through core's
 * {@link ReadDatabase} (the streaming replica when one is configured and current).
 */
abstract class DiagnosticIndicators implements IndicatorSource {

    // Field injection: the beans are client proxies, which need a no-argument constructor down the hierarchy.
    @Inject
    ReadDatabase reads;

    /** The query: two counts, over ?1 the organisation and ?2 to ?3 the period. */
    abstract String sql();

    /** The figure from the two counts. */
    abstract BigDecimal value(long counted, long among);

    @Override
    public IndicatorValue compute(IndicatorQuery query) {
        Object[] row = reads.query(q -> q.single(sql(), query.orgAndPeriod()));
        long among = ((Number) row[1]).longValue();
        return IndicatorValue.of(definition(), query, value(((Number) row[0]).longValue(), among), among);
    }

    /** Share of the participants of the campaigns opened in the period who have at least one result. */
    @ApplicationScoped
    static class Participation extends DiagnosticIndicators {

        private static final IndicatorDefinition DEFINITION = new IndicatorDefinition(
                "inclusion.diagnostic_participation", "Participation aux diagnostics de compétences",
                "Competence diagnostic participation", Unit.PERCENT, List.of());

        @Override
        public IndicatorDefinition definition() {
            return DEFINITION;
        }

        @Override
        String sql() {
            return """
                    SELECT count(*) FILTER (WHERE EXISTS (
                               SELECT 1 FROM inclusion_diagnostic_results r WHERE r.participant_id = p.id)), count(*)
                    FROM inclusion_diagnostic_participants p
                    JOIN inclusion_diagnostic_campaigns c ON c.org_id = p.org_id AND c.id = p.campaign_id
                    WHERE p.org_id = ?1 AND c.created_at >= ?2 AND c.created_at < ?3""";
        }

        @Override
        BigDecimal value(long assessed, long participants) {
            return DiagnosticFigures.percent(assessed, participants);
        }
    }

    /** Courses proposed after a diagnostic and turned into training enrolments in the period. */
    @ApplicationScoped
    static class ProposalsAccepted extends DiagnosticIndicators {

        private static final IndicatorDefinition DEFINITION = new IndicatorDefinition(
                "inclusion.diagnostic_proposals_accepted", "Formations proposées après diagnostic et acceptées",
                "Post-diagnostic course proposals accepted", Unit.COUNT, List.of());

        @Override
        public IndicatorDefinition definition() {
            return DEFINITION;
        }

        @Override
        String sql() {
            return """
                    SELECT count(*), count(*) FROM inclusion_diagnostic_proposals
                    WHERE org_id = ?1 AND accepted_at >= ?2 AND accepted_at < ?3""";
        }

        @Override
        BigDecimal value(long accepted, long same) {
            return BigDecimal.valueOf(accepted);
        }
    }
}
