package org.passerelle.inclusion.equipment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A beneficiary as referred or updated.
 *
 * @param commune         where the person lives: the territory figures are broken down by
 * @param memberId        the member structure that referred the person (a structure's contact may name only its own)
 * @param personId        the person as a learner of the organisation, when already known
 * @param charterSignedOn when the person signed the programme's charter: no device is lent before
 */
public record BeneficiaryData(@NotBlank @Size(max = 200) String name, @Email @Size(max = 200) String email,
        @Size(max = 40) String phone, @NotBlank @Size(max = 200) String commune, UUID memberId, UUID personId,
        @NotNull Eligibility eligibility, @Size(max = 2000) String eligibilityNote,
        @PastOrPresent LocalDate charterSignedOn) {
}
