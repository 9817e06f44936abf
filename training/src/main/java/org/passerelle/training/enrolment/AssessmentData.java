package org.passerelle.training.enrolment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The trainer's assessment of the objectives reached, with what supports it. */
public record AssessmentData(@NotNull Assessment result, @Size(max = 4000) String comment) {
}
