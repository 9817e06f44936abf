package org.passerelle.mission.sesame;

import jakarta.annotation.Nullable;

public record AnswerView(Criterion criterion, int score, @Nullable String comment) {
}
