package org.passerelle.training.attendance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

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

    AttendanceView view(UUID learnerId) {
        return new AttendanceView(id, slotId, enrolmentId, learnerId, status, minutesConnected, signedAt, markedBy,
                countersignedBy, countersignedAt, version);
    }
}
