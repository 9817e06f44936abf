package org.passerelle.inclusion.diagnostic;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorSource;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;

/** The diagnostic campaigns' figures for mission reporting, over the campaigns opened in the period. */
final class DiagnosticIndicators {

    private DiagnosticIndicators() {
    }

    /** Share of the participants of the period's campaigns who have at least one result. */
    @ApplicationScoped
    static class Participation implements IndicatorSource {

        private static final IndicatorDefinition DEFINITION = new IndicatorDefinition(
                "inclusion.diagnostic_participation", "Participation aux diagnostics de compétences",
                "Competence diagnostic participation", Unit.PERCENT, List.of());

        private final EntityManager em;

        Participation(EntityManager em) {
            this.em = em;
        }

        @Override
        public IndicatorDefinition definition() {
            return DEFINITION;
        }

        @Override
        public IndicatorValue compute(IndicatorQuery query) {
            Object[] row = (Object[]) em.createNativeQuery("""
                    SELECT count(*), count(*) FILTER (WHERE EXISTS (
                               SELECT 1 FROM inclusion_diagnostic_results r WHERE r.participant_id = p.id))
                    FROM inclusion_diagnostic_participants p
                    JOIN inclusion_diagnostic_campaigns c ON c.org_id = p.org_id AND c.id = p.campaign_id
                    WHERE p.org_id = ?1 AND c.created_at >= ?2 AND c.created_at < ?3""")
                    .setParameter(1, query.orgId()).setParameter(2, query.period().start(query.zone()))
                    .setParameter(3, query.period().end(query.zone())).getSingleResult();
            long participants = ((Number) row[0]).longValue();
            return IndicatorValue.of(DEFINITION, query,
                    DiagnosticFigures.percent(((Number) row[1]).longValue(), participants), participants);
        }
    }

    /** Courses proposed after a diagnostic and turned into training enrolments in the period. */
    @ApplicationScoped
    static class ProposalsAccepted implements IndicatorSource {

        private static final IndicatorDefinition DEFINITION = new IndicatorDefinition(
                "inclusion.diagnostic_proposals_accepted", "Formations proposées après diagnostic et acceptées",
                "Post-diagnostic course proposals accepted", Unit.COUNT, List.of());

        private final EntityManager em;

        ProposalsAccepted(EntityManager em) {
            this.em = em;
        }

        @Override
        public IndicatorDefinition definition() {
            return DEFINITION;
        }

        @Override
        public IndicatorValue compute(IndicatorQuery query) {
            long accepted = ((Number) em.createNativeQuery("""
                    SELECT count(*) FROM inclusion_diagnostic_proposals
                    WHERE org_id = ?1 AND accepted_at >= ?2 AND accepted_at < ?3""")
                    .setParameter(1, query.orgId()).setParameter(2, query.period().start(query.zone()))
                    .setParameter(3, query.period().end(query.zone())).getSingleResult()).longValue();
            return IndicatorValue.of(DEFINITION, query, BigDecimal.valueOf(accepted), accepted);
        }
    }
}
