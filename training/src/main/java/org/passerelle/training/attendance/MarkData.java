package org.passerelle.training.attendance;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A trainer's marking of one learner for one half-day.
 *
 * @param minutesConnected for a remote slot, the minutes the learner was connected (the hours attended count
 *                         them, capped by the slot's length); absent in person
 */
public record MarkData(@NotNull UUID enrolmentId, @NotNull AttendanceStatus status,
        @Min(0) @Max(300) Integer minutesConnected) {
}
