package org.passerelle.training.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Nullable;

import org.passerelle.core.indicator.Period;

/**
 * Figures of the sessions held in a period (running or completed, starting in it).
 *
 * @param sessionsByModality    sessions per modality, all programme types together
 * @param byProgrammeType       the same figures per programme type, with their satisfaction (the agency's yearly table)
 * @param trainingDays          half-day slots of the sessions divided by two (session days, not trainee-days)
 * @param trainees              seated enrolments (selected, confirmed, completed): a learner in two sessions counts twice
 * @param synchronousRemoteShare percent of the sessions held synchronously remote; null without sessions
 * @param openSourceShare       percent of the sessions presenting open-source alternatives; null without sessions
 * @param outcomes              hours delivered, satisfaction, completion and drop-out of these sessions
 * @param activeTrainers        distinct trainers of these sessions
 */
public record TrainingStatistics(Period period, long sessions, BigDecimal trainingDays, long trainees,
        Map<String, Long> sessionsByModality, List<ByProgramme> byProgrammeType,
        @Nullable BigDecimal synchronousRemoteShare, @Nullable BigDecimal openSourceShare, Outcomes outcomes,
        long activeTrainers) {

    /**
     * The sessions of one programme type (CATALOGUE, REGIONAL_PROGRAMME, SPECIFIC_REQUEST) held in the period.
     *
     * @param sessionsByModality sessions per modality of their course (modalities without sessions are absent)
     * @param surveys            hot surveys answered by the learners who entered these sessions
     * @param satisfiedSurveys   those rating 4 or 5 out of 5: rates of several programme types combine as
     *                           sum(satisfiedSurveys) / sum(surveys)
     * @param satisfactionRate   percent of satisfied surveys (one decimal); null without surveys
     */
    public record ByProgramme(String programmeType, long sessions, Map<String, Long> sessionsByModality,
            BigDecimal trainingDays, long trainees, long surveys, long satisfiedSurveys, @Nullable BigDecimal satisfactionRate) {
    }
}
