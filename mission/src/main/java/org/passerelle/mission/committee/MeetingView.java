package org.passerelle.mission.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record MeetingView(UUID id, LocalDate heldOn, String title, @Nullable String agenda, @Nullable String minutes,
        @Nullable String decisions, List<UUID> attendeeIds, long version) implements Versioned {
}
