package org.passerelle.inclusion.diagnostic;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Levels to record (a later level for the same participant and competence replaces the earlier one). */
public record ResultSheet(@NotEmpty @Size(max = 5000) List<@Valid @NotNull Result> results) {

    /** @param personId a participant of the campaign */
    @Schema(name = "CompetenceResult")
    public record Result(@NotNull UUID personId,
            @NotNull @Pattern(regexp = "[1-5]\\.[1-4]") @Schema(examples = "4.1") String competence,
            @NotNull @Min(0) @Max(Competence.MAX_LEVEL) @Schema(examples = "2") Integer level) {
    }
}
