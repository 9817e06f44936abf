package org.passerelle.training.statistics;

import java.util.UUID;

import org.passerelle.core.indicator.Period;

/** A course's published results (Qualiopi indicator 2) over a period: sessions held, outcomes. */
public record CourseResults(UUID courseId, Period period, long sessions, Outcomes outcomes) {
}
