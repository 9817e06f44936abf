package org.passerelle.training.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record EnrolmentView(UUID id, UUID sessionId, UUID learnerId, @Nullable UUID memberId, @Nullable String employer,
        TraineeType traineeType, FundingSource fundingSource, @Nullable String application, EnrolmentStatus status,
        @Nullable String needsAnalysis, @Nullable String positioning, @Nullable BigDecimal priceEur,
        int timeSpentMinutes, @Nullable Integer progressPercent, @Nullable Assessment assessment,
        @Nullable String assessmentComment, Instant createdAt, long version) implements Versioned {
}
