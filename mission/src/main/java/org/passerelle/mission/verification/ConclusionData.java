package org.passerelle.mission.verification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ConclusionData(@NotNull ConclusionValue conclusion, @Size(max = 10_000) String rationale) {
}
