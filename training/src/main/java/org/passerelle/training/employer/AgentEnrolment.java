package org.passerelle.training.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.training.enrolment.EnrolmentStatus;

/**
 * One enrolment of an agent, as its employer follows it: the session, the status, the half-days marked and the
 * hours attended.
 *
 * @param halfDaysPresent half-days the agent was marked (or signed) present
 * @param hoursAttended   hours actually attended (connection minutes for remote half-days), to the hundredth
 * @param certificate     whether the certificat de réalisation and the attestation can be fetched (a seat and
 *                        some attendance)
 */
public record AgentEnrolment(UUID enrolmentId, UUID sessionId, String courseCode, String courseTitle,
        @Nullable Instant startsAt, @Nullable Instant endsAt, EnrolmentStatus status, int halfDaysPresent,
        int halfDaysAbsent, int halfDaysExcused, BigDecimal hoursAttended, boolean certificate) {
}
