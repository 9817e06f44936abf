package org.passerelle.core.service;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** @param code short stable code, e.g. {@code FIN-KAILA} */
public record ServiceData(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*", message = "{passerelle.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull UUID teamId,
        Boolean active) {
}
