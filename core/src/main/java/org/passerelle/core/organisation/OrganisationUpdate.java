package org.passerelle.core.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.passerelle.core.validation.Siren;
import org.passerelle.core.validation.TimeZone;

/** What an organisation's admin may change. */
public record OrganisationUpdate(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        @Siren String siren,
        @NotNull @TimeZone String timeZone) {
}
