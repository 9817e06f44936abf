package org.passerelle.mission.verification;

import java.time.Instant;
import java.util.UUID;

public record ConclusionView(UUID objectiveId, ConclusionValue conclusion, String rationale, UUID concludedBy,
        Instant concludedAt) {
}
