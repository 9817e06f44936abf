package org.passerelle.mission.verification;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

public record ConclusionView(UUID objectiveId, ConclusionValue conclusion, @Nullable String rationale,
        @Nullable UUID concludedBy, Instant concludedAt) {
}
