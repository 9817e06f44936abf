package org.passerelle.training.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

/** A session; {@code startsAt}/{@code endsAt} span its slots; {@code seatsTaken} counts selected and confirmed learners. */
public record SessionView(UUID id, UUID courseId, String courseCode, String courseTitle, @Nullable String place,
        @Nullable String virtualRoomUrl, boolean synchronousRemote, int capacity, int seatsTaken, int minParticipants,
        SessionStatus status, boolean openSourceAlternatives, @Nullable Instant startsAt, @Nullable Instant endsAt,
        List<SlotView> slots, List<UUID> trainerIds, boolean selective, boolean memberPriority, long version) implements Versioned {
}
