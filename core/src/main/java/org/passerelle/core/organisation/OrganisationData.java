package org.passerelle.core.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.core.validation.Siren;
import org.passerelle.core.validation.TimeZone;

/** What a platform administrator gives to create an organisation; {@code slug} is fixed afterwards. */
public record OrganisationData(
        @NotBlank @Size(min = 2, max = 63) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{passerelle.slug}") String slug,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        @Siren String siren,
        @TimeZone String timeZone) {
}
