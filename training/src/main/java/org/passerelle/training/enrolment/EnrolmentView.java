package org.passerelle.training.enrolment;

import java.time.Instant;
import java.util.UUID;

public record EnrolmentView(UUID id, UUID sessionId, UUID learnerId, UUID memberId, String employer,
        TraineeType traineeType, FundingSource fundingSource, String application, EnrolmentStatus status,
        String needsAnalysis, String positioning, Instant createdAt, long version) {
}
