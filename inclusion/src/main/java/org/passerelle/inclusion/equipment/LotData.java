package org.passerelle.inclusion.equipment;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A lot of devices.
 *
 * @param origin        who gave or funded them ("Département des Landes — gisement 2024")
 * @param reconditioner the social-economy partner that reconditioned them
 * @param quantity      how many devices the lot holds: items recorded under it never exceed it
 */
public record LotData(@NotBlank @Size(max = 200) String label, @NotBlank @Size(max = 300) String origin,
        @NotBlank @Size(max = 300) String reconditioner, @NotNull DeviceKind deviceKind,
        @Positive @Max(100_000) int quantity, @NotNull LocalDate receivedOn) {
}
