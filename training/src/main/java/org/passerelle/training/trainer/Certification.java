package org.passerelle.training.trainer;

import java.time.LocalDate;

import jakarta.annotation.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A certification a trainer holds, e.g. the internal "FEFAD" trainer certification, with its expiry. */
@Embeddable
public record Certification(@NotBlank @Size(max = 200) String name,
        @NotNull @Column(name = "obtained_on") LocalDate obtainedOn,
        @Nullable @Column(name = "expires_on") LocalDate expiresOn) {
}
