package org.passerelle.training.session;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** A half-day of a session. */
@Entity
@Table(name = "training_session_slots")
class SessionSlot extends TenantEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    Session session;

    @Column(nullable = false)
    LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Half half;

    @Column(name = "starts_at", nullable = false)
    Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    Instant endsAt;

    SlotView view() {
        return new SlotView(id, day, half, startsAt, endsAt);
    }
}
