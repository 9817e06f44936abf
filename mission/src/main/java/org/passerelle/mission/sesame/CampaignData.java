package org.passerelle.mission.sesame;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The year a Sésame self-evaluation is about. */
public record CampaignData(@NotNull @Min(2000) @Max(2200) Integer year) {
}
