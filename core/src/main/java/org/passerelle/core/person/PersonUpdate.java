package org.passerelle.core.person;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Replaces a person's name, roles and affiliation in one organisation only (the email is the identity: fixed).
 */
public record PersonUpdate(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 8) Set<@NotNull Role> roles,
        UUID memberId,
        UUID teamId,
        Boolean memberContact) {
}
