package org.passerelle.training.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record EnrolmentView(UUID id, UUID sessionId, UUID learnerId, UUID memberId, String employer,
        TraineeType traineeType, FundingSource fundingSource, String application, EnrolmentStatus status,
        String needsAnalysis, String positioning, BigDecimal priceEur, int timeSpentMinutes, Integer progressPercent,
        Assessment assessment, String assessmentComment, Instant createdAt, long version) {
}
