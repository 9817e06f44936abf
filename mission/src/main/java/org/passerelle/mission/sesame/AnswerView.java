package org.passerelle.mission.sesame;

public record AnswerView(Criterion criterion, int score, String comment) {
}
