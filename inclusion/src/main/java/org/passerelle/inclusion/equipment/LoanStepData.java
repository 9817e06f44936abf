package org.passerelle.inclusion.equipment;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A step of a loan's life (complete, transfer, abandon, return), optional.
 *
 * @param on   when it happened (default: today), not before the loan started
 * @param note a remark added to the loan's note ("remise le 12 mars en France Services")
 */
public record LoanStepData(@PastOrPresent LocalDate on, @Size(max = 2000) String note) {

    static final LoanStepData NONE = new LoanStepData(null, null);
}
