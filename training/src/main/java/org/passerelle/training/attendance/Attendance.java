package org.passerelle.training.attendance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.error.ConflictException;
import org.passerelle.core.persistence.TenantEntity;

/** A learner's attendance at one half-day slot. */
@Entity
@Table(name = "training_attendance")
class Attendance extends TenantEntity {

    @Column(name = "slot_id", nullable = false, updatable = false)
    UUID slotId;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    UUID enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AttendanceStatus status;

    @Column(name = "minutes_connected")
    Integer minutesConnected;

    @Column(name = "signed_at")
    Instant signedAt;

    @Column(name = "marked_by")
    UUID markedBy;

    @Column(name = "countersigned_by")
    UUID countersignedBy;

    @Column(name = "countersigned_at")
    Instant countersignedAt;

    /** Refuses (409) any change to a counter-signed line: it is final. */
    void requireOpen() {
        if (countersignedBy != null) {
            throw new ConflictException("training.attendance.countersigned");
        }
    }

    /**
     * A trainer's mark: present keeps the learner's own signature and the minutes connected; absent or excused
     * clears both (nothing of it counts).
     */
    void mark(AttendanceStatus marked, Integer minutes, UUID by) {
        requireOpen();
        boolean present = marked == AttendanceStatus.PRESENT;
        status = marked;
        minutesConnected = present ? minutes : null;
        signedAt = present ? signedAt : null;
        markedBy = by;
    }

    /** The learner signs itself present. */
    void sign(Instant now) {
        requireOpen();
        status = AttendanceStatus.PRESENT;
        signedAt = now;
    }

    void countersign(UUID by, Instant now) {
        requireOpen();
        countersignedBy = by;
        countersignedAt = now;
    }

    AttendanceView view(UUID learnerId) {
        return new AttendanceView(id, slotId, enrolmentId, learnerId, status, minutesConnected, signedAt, markedBy,
                countersignedBy, countersignedAt, version);
    }
}
