package org.passerelle.training.evaluation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Nullable;

public record SurveyView(UUID id, UUID enrolmentId, SurveyKind kind, int overall, Map<String, Integer> answers,
        @Nullable String comment, Instant answeredAt) {
}
