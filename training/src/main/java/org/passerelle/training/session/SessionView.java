package org.passerelle.training.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

/**
 * A session; {@code startsAt}/{@code endsAt} span its slots; {@code seatsTaken} counts selected and confirmed learners.
 *
 * @param trainerIds  the session's trainers: they teach the slots without a trainer of their own
 * @param teaching    who teaches how many half-days and hours of it, slot trainers included
 * @param whatToBring what learners bring, stated on their convocation
 */
public record SessionView(UUID id, UUID courseId, String courseCode, String courseTitle, @Nullable String place,
        @Nullable String virtualRoomUrl, boolean synchronousRemote, int capacity, int seatsTaken, int minParticipants,
        SessionStatus status, boolean openSourceAlternatives, @Nullable Instant startsAt, @Nullable Instant endsAt,
        List<SlotView> slots, List<UUID> trainerIds, List<Teaching> teaching, boolean selective, boolean memberPriority,
        @Nullable String whatToBring, long version) implements Versioned {

    /** Whether the person teaches the session: as one of its trainers, or at least one of its slots. */
    public boolean taughtBy(UUID personId) {
        return personId != null && (trainerIds.contains(personId)
                || slots.stream().anyMatch(s -> s.trainerIds().contains(personId)));
    }
}
