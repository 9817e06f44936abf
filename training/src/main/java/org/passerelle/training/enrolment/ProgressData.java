package org.passerelle.training.enrolment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Self-paced learning as a partner LMS reports it: total time spent so far and progress. Values are totals,
 * not increments, so a push can be repeated safely.
 */
public record ProgressData(@NotNull @Min(0) @Max(1_000_000) Integer timeSpentMinutes,
        @Min(0) @Max(100) Integer progressPercent) {
}
