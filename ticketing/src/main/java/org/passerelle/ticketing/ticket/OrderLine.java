package org.passerelle.ticketing.ticket;

import java.math.BigDecimal;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One line of a purchase order; the unit price is an estimate, optional. */
public record OrderLine(@NotBlank @Size(max = 300) String item, @NotNull @Min(1) @Max(100_000) Integer quantity,
        @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal estimatedUnitPrice) {

    /** As the database keeps it (numeric(12, 2)): the answer to a creation shows the price as later reads do. */
    OrderLine stored() {
        return new OrderLine(item, quantity, estimatedUnitPrice == null ? null : estimatedUnitPrice.setScale(2));
    }
}
