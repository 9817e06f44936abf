package org.passerelle.core.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.passerelle.core.validation.Siret;

/** A member structure as written by an admin or agent (create and full replace). */
public record MemberData(
        @NotBlank @Size(max = 200) String name,
        @NotNull MemberKind kind,
        @Siret String siret,
        @Pattern(regexp = "(\\d{5}|2[AB]\\d{3})", message = "{passerelle.insee-code}") String inseeCode,
        @PositiveOrZero Integer population,
        @Valid Address address,
        @Email @Size(max = 254) String email,
        @Size(max = 30) String phone,
        Boolean active) {
}
