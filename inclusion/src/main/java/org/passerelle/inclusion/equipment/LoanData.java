package org.passerelle.inclusion.equipment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A device lent to a beneficiary for a training path.
 *
 * @param enrolmentIds the path: the beneficiary's enrolments in the training module (one learner, this organisation)
 * @param lentOn       when the device was handed over (default: today)
 */
public record LoanData(@NotNull UUID itemId, @NotNull UUID beneficiaryId,
        @NotEmpty @Size(max = 20) List<@NotNull UUID> enrolmentIds, @PastOrPresent LocalDate lentOn,
        @Size(max = 2000) String note) {
}
