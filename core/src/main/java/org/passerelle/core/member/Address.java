package org.passerelle.core.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Embeddable
public record Address(
        @Size(max = 200) @Column(name = "address_line1") String line1,
        @Size(max = 200) @Column(name = "address_line2") String line2,
        @Pattern(regexp = "\\d{5}", message = "{passerelle.postal-code}") @Column(name = "postal_code") String postalCode,
        @Size(max = 100) @Column(name = "city") String city) {
}
