package org.passerelle.training.attendance;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

/**
 * One line of the attendance sheet.
 *
 * @param signedAt        when the learner signed itself, within the slot's window; null when marked by a trainer
 * @param markedBy        the trainer (or staff member) who marked the line, if any
 * @param countersignedBy the trainer who counter-signed the slot; the line no longer changes after that
 */
public record AttendanceView(UUID id, UUID slotId, UUID enrolmentId, UUID learnerId, AttendanceStatus status,
        @Nullable Integer minutesConnected, @Nullable Instant signedAt, @Nullable UUID markedBy,
        @Nullable UUID countersignedBy, @Nullable Instant countersignedAt, long version) {
}
