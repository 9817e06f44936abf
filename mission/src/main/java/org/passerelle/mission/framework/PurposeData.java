package org.passerelle.mission.framework;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A raison d'être as adopted in the articles of association. */
public record PurposeData(@NotBlank @Size(max = 10_000) String text, @NotNull LocalDate adoptedOn,
        LocalDate publishedOn) {
}
