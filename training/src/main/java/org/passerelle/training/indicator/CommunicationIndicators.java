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

/** What the communications engine did in the period, read from the send log. */
final class CommunicationIndicators {

    private CommunicationIndicators() {
    }

    /** Convocations queued in the period. */
    @ApplicationScoped
    static class ConvocationsSent implements IndicatorSource {

        private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("training.convocations_sent",
                "Convocations envoyées", "Convocations sent", Unit.COUNT, List.of());

        private final ReadDatabase reads;

        ConvocationsSent(ReadDatabase reads) {
            this.reads = reads;
        }

        @Override
        public IndicatorDefinition definition() {
            return DEFINITION;
        }

        @Override
        public IndicatorValue compute(IndicatorQuery query) {
            long sent = ((Number) reads.query(q -> q.value("SELECT count(*) FROM training_communications"
                    + " WHERE org_id = ?1 AND kind = 'CONVOCATION' AND created_at >= ?2 AND created_at < ?3",
                    query.orgAndPeriod()))).longValue();
            return IndicatorValue.of(DEFINITION, query, BigDecimal.valueOf(sent), sent);
        }
    }

    /** Of the survey invitations (hot and cold) sent in the period, the percent answered so far; null without any. */
    @ApplicationScoped
    static class SurveyResponseRate implements IndicatorSource {

        private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("training.survey_response_rate",
                "Taux de réponse aux questionnaires", "Survey response rate", Unit.PERCENT, List.of());

        private final ReadDatabase reads;

        SurveyResponseRate(ReadDatabase reads) {
            this.reads = reads;
        }

        @Override
        public IndicatorDefinition definition() {
            return DEFINITION;
        }

        @Override
        public IndicatorValue compute(IndicatorQuery query) {
            Object[] row = reads.query(q -> q.single("""
                    SELECT count(*), count(v.id) FROM training_communications c
                    LEFT JOIN training_surveys v ON v.enrolment_id = c.enrolment_id
                         AND v.kind = CASE c.kind WHEN 'HOT_SURVEY' THEN 'HOT' ELSE 'COLD' END
                    WHERE c.org_id = ?1 AND c.kind IN ('HOT_SURVEY', 'COLD_SURVEY')
                      AND c.created_at >= ?2 AND c.created_at < ?3
                    """, query.orgAndPeriod()));
            long invited = ((Number) row[0]).longValue();
            long answered = ((Number) row[1]).longValue();
            BigDecimal rate = invited == 0 ? null : BigDecimal.valueOf(answered * 100)
                    .divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP);
            return IndicatorValue.of(DEFINITION, query, rate, invited);
        }
    }
}
