package org.passerelle.training.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Nullable;

import org.passerelle.core.indicator.Period;

/**
 * Figures of the sessions held in a period (running or completed, starting in it).
 *
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

    public record ByProgramme(String programmeType, long sessions, BigDecimal trainingDays, long trainees) {
    }
}
