package org.passerelle.mission.framework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The year's planned action of an operational objective and its progress at year end.
 *
 * @param means                 means allocated (people, budget): what the OTI opinion must weigh
 * @param externalCircumstances what outside the company's control helped or hindered the action
 */
public record ActionData(@NotBlank @Size(max = 4000) String planned, @NotNull Progress progress,
        @Min(0) @Max(100) Integer percent, @Size(max = 10_000) String commentary, @Size(max = 4000) String means,
        @Size(max = 4000) String externalCircumstances) {
}
