package org.passerelle.mission.framework;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A statutory objective (or an extra-financial pillar) when {@code parentId} is absent, an operational
 * objective under it otherwise.
 *
 * @param code short reference used in reports: "1" for a statutory objective, "1.1" for an operational one
 */
public record ObjectiveData(UUID parentId, @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]*") String code,
        @NotBlank @Size(max = 500) String title, @Size(max = 10_000) String description) {
}
