package org.passerelle.core.member;

import jakarta.annotation.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Embeddable
public record Address(
        @Nullable @Size(max = 200) @Column(name = "address_line1") String line1,
        @Nullable @Size(max = 200) @Column(name = "address_line2") String line2,
        @Nullable @Pattern(regexp = "\\d{5}", message = "{passerelle.postal-code}") @Column(name = "postal_code") String postalCode,
        @Nullable @Size(max = 100) @Column(name = "city") String city) {
}
