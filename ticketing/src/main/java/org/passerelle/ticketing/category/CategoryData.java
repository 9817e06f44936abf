package org.passerelle.ticketing.category;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.passerelle.ticketing.ticket.Level;

/** @param serviceId the service a structure must subscribe to for its people to use this category */
public record CategoryData(@NotBlank @Size(max = 200) String name, UUID parentId, @NotNull UUID teamId,
        UUID serviceId, Level defaultLevel, Boolean active) {
}
