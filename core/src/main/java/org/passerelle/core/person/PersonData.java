package org.passerelle.core.person;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Registers a person in an organisation, creating the person if the email is new to the platform. The name is
 * this organisation's: another organisation that registered the same email keeps its own.
 */
public record PersonData(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 8) Set<@NotNull Role> roles,
        UUID memberId,
        UUID teamId,
        Boolean memberContact) {

    /** Registration without team or contact flag. */
    public PersonData(String email, String name, Set<Role> roles, UUID memberId) {
        this(email, name, roles, memberId, null, null);
    }
}
