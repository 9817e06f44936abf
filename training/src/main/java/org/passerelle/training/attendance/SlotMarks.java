package org.passerelle.training.attendance;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A trainer's marking of a half-day, for some or all of its learners. */
public record SlotMarks(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid MarkData> marks) {
}
