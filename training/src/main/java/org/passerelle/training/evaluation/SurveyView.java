package org.passerelle.training.evaluation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

public record SurveyView(UUID id, UUID enrolmentId, SurveyKind kind, int overall, Map<String, Integer> answers,
        String comment, Instant answeredAt) {
}
