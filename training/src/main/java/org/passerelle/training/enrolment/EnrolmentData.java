package org.passerelle.training.enrolment;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * An application to a session. The training team sends every field; a learner enrolling itself sends only
 * what it can tell — employer, application, needs analysis, positioning — and the team's fields (another
 * structure than its own, trainee type, funding source, price) are refused (see
 * {@code TrainingPolicy.enrolment}).
 *
 * @param learnerId      a person with the learner role; a learner enrolling itself may omit it (it is itself)
 * @param memberId       the member structure the learner comes from, if any; a learner's own is its membership's
 * @param traineeType    BPF section F-1; required from the team, set to OTHER for a learner's own enrolment
 * @param fundingSource  BPF section C; required from the team, set to OTHER for a learner's own enrolment
 * @param needsAnalysis  the learner's needs, collected on entry (Qualiopi indicator 4)
 * @param positioning    the positioning result on entry (Qualiopi indicator 8)
 * @param priceEur       what is invoiced for this learner, excluding tax (BPF section C); the course's price
 *                       when absent
 */
public record EnrolmentData(UUID learnerId, UUID memberId, @Size(max = 200) String employer,
        TraineeType traineeType, FundingSource fundingSource, @Size(max = 4000) String application,
        @Size(max = 4000) String needsAnalysis, @Size(max = 4000) String positioning,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal priceEur) {

    /** As enrolled by its member structure's contact: an employee its employer sends and funds. */
    public EnrolmentData forAgent(UUID agent, UUID structure) {
        return new EnrolmentData(agent, structure, employer, TraineeType.EMPLOYEE, FundingSource.EMPLOYER, application,
                needsAnalysis, positioning, null);
    }

    /**
     * A learner's own enrolment: itself, from its own structure, with what it told; the BPF classifies it as
     * OTHER trainee and OTHER funding at the course's price, which only the team could vouch otherwise.
     */
    public EnrolmentData forLearner(UUID learner, UUID ownMember) {
        return new EnrolmentData(learner, ownMember, employer, TraineeType.OTHER, FundingSource.OTHER, application,
                needsAnalysis, positioning, null);
    }
}
