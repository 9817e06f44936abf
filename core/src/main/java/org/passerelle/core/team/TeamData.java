package org.passerelle.core.team;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param email where notifications for the team's queue go */
public record TeamData(@NotBlank @Size(max = 120) String name, @Email @Size(max = 254) String email,
        @Size(max = 2000) String description) {
}
