package org.passerelle.mission.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** @param attendeeIds committee members present */
public record MeetingData(@NotNull LocalDate heldOn, @NotBlank @Size(max = 300) String title,
        @Size(max = 10_000) String agenda, @Size(max = 50_000) String minutes, @Size(max = 10_000) String decisions,
        @Size(max = 100) List<@NotNull UUID> attendeeIds) {
}
