package org.passerelle.mission.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record MeetingView(UUID id, LocalDate heldOn, String title, String agenda, String minutes, String decisions,
        List<UUID> attendeeIds, long version) {
}
