package org.passerelle.training.evaluation;

/** HOT at the end of the training, COLD once the course's delay has passed (what changed at work). */
public enum SurveyKind {
    HOT, COLD
}
