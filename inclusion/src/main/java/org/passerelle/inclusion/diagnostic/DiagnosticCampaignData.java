package org.passerelle.inclusion.diagnostic;

import java.util.UUID;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign to open.
 *
 * @param memberId the member structure whose agents are assessed; a structure's contact may omit it (its own)
 */
public record DiagnosticCampaignData(@Nullable @Schema(examples = "0192f3a4-8b1c-7d2e-9f00-1a2b3c4d5e6f") UUID memberId,
        @NotBlank @Size(max = 200) @Schema(examples = "Diagnostic des agents 2026") String title) {
}
