package org.passerelle.mission.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The year's findings ("constats et amélioration continue") as the committee words them. */
public record FindingsData(@NotBlank @Size(max = 50_000) String findings) {
}
