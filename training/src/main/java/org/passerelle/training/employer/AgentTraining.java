package org.passerelle.training.employer;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

/**
 * An agent of a member structure and its training with the organisation.
 *
 * @param name         the agent's name (null when no longer a member of the organisation)
 * @param hoursTrained hours attended over all its enrolments
 */
public record AgentTraining(UUID learnerId, @Nullable String name, BigDecimal hoursTrained,
        List<AgentEnrolment> enrolments) {
}
