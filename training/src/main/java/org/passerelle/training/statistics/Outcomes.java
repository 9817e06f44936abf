package org.passerelle.training.statistics;

import java.math.BigDecimal;

import jakarta.annotation.Nullable;

/**
 * What the sessions of a period delivered, from attendance, enrolment statuses and hot surveys (the published
 * results of Qualiopi indicator 2 when computed for one course).
 *
 * @param hoursDelivered         hours attended by all learners ("heures-stagiaires"): each half-day present
 *                               counts its length or the minutes connected, plus self-paced time
 * @param traineesAttending      enrolments with at least one hour attended
 * @param averageHoursPerTrainee hoursDelivered / traineesAttending; null without any
 * @param satisfactionRate       percent of hot surveys rating 4 or 5 out of 5; null without surveys
 * @param completionRate         percent of the learners who entered (seated or dropped) who completed
 * @param dropOutRate            percent of the learners who entered who dropped out
 */
public record Outcomes(BigDecimal hoursDelivered, long traineesAttending, @Nullable BigDecimal averageHoursPerTrainee,
        long surveys, @Nullable BigDecimal satisfactionRate, long entered, long completed,
        @Nullable BigDecimal completionRate, long dropped, @Nullable BigDecimal dropOutRate) {
}
