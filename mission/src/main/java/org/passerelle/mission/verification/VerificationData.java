package org.passerelle.mission.verification;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A verification cycle: the years the OTI covers and who the OTI is. */
public record VerificationData(@NotNull LocalDate periodFrom, @NotNull LocalDate periodTo,
        @NotBlank @Size(max = 300) String verifier) {
}
