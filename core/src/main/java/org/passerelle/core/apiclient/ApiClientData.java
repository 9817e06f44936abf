package org.passerelle.core.apiclient;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.passerelle.core.person.Role;

public record ApiClientData(@NotBlank @Size(max = 200) String clientId, @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 8) Set<@NotNull Role> roles) {
}
