package org.passerelle.mission.sesame;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A committee member's level (1–4) for one criterion, with an optional comment. */
public record AnswerData(@NotNull Criterion criterion, @NotNull @Min(1) @Max(4) Integer score,
        @Size(max = 4000) String comment) {
}
