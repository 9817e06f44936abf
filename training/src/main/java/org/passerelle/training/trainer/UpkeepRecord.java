package org.passerelle.training.trainer;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Something a trainer did to keep its competences up to date (Qualiopi indicators 21 and 22). */
@Embeddable
public record UpkeepRecord(@NotNull @Column(name = "done_on") LocalDate doneOn, @NotBlank @Size(max = 300) String title,
        @NotNull @DecimalMin("0.25") @Digits(integer = 4, fraction = 2) BigDecimal hours) {
}
