package org.passerelle.training.enrolment;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An application to a session.
 *
 * @param learnerId      a person with the learner role; a learner enrolling itself may omit it
 * @param memberId       the member structure the learner comes from, if any
 * @param needsAnalysis  the learner's needs, collected on entry (Qualiopi indicator 4)
 * @param positioning    the positioning result on entry (Qualiopi indicator 8)
 * @param priceEur       what is invoiced for this learner, excluding tax (BPF section C); the course's price
 *                       when absent
 */
public record EnrolmentData(UUID learnerId, UUID memberId, @Size(max = 200) String employer,
        @NotNull TraineeType traineeType, @NotNull FundingSource fundingSource, @Size(max = 4000) String application,
        @Size(max = 4000) String needsAnalysis, @Size(max = 4000) String positioning,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal priceEur) {

    public EnrolmentData forLearner(UUID learner) {
        return new EnrolmentData(learner, memberId, employer, traineeType, fundingSource, application, needsAnalysis,
                positioning, priceEur);
    }
}
