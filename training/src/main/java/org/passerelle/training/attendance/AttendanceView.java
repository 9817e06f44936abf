package org.passerelle.training.attendance;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the attendance sheet.
 *
 * @param signedAt        when the learner signed itself, within the slot's window; null when marked by a trainer
 * @param markedBy        the trainer (or staff member) who marked the line, if any
 * @param countersignedBy the trainer who counter-signed the slot; the line no longer changes after that
 */
public record AttendanceView(UUID id, UUID slotId, UUID enrolmentId, UUID learnerId, AttendanceStatus status,
        Integer minutesConnected, Instant signedAt, UUID markedBy, UUID countersignedBy, Instant countersignedAt,
        long version) {
}
