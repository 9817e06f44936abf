package org.passerelle.training.enrolment;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An application to a session.
 *
 * @param learnerId      a person with the learner role; a learner enrolling itself may omit it
 * @param memberId       the member structure the learner comes from, if any
 * @param needsAnalysis  the learner's needs, collected on entry (Qualiopi indicator 4)
 * @param positioning    the positioning result on entry (Qualiopi indicator 8)
 */
public record EnrolmentData(UUID learnerId, UUID memberId, @Size(max = 200) String employer,
        @NotNull TraineeType traineeType, @NotNull FundingSource fundingSource, @Size(max = 4000) String application,
        @Size(max = 4000) String needsAnalysis, @Size(max = 4000) String positioning) {

    public EnrolmentData forLearner(UUID learner) {
        return new EnrolmentData(learner, memberId, employer, traineeType, fundingSource, application, needsAnalysis,
                positioning);
    }
}
