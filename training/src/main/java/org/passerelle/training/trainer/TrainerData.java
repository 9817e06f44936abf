package org.passerelle.training.trainer;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** @param personId a person of the organisation holding the trainer role */
public record TrainerData(@NotNull UUID personId, @NotNull TrainerKind kind,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> competences,
        @Size(max = 50) List<@NotNull @Valid Certification> certifications,
        @Size(max = 500) List<@NotNull @Valid UpkeepRecord> upkeep, Boolean active) {
}
