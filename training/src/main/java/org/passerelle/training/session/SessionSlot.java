package org.passerelle.training.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** A half-day of a session, taught by its own trainer if it has one, else by the session's trainers. */
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

    /** The speaker of this half-day only; null: the session's trainers teach it. */
    @Column(name = "trainer_id")
    UUID trainerId;

    /** Who teaches this half-day: its own trainer, else the session's ({@code sessionTrainers}). */
    List<UUID> trainers(Collection<UUID> sessionTrainers) {
        return trainerId != null ? List.of(trainerId) : List.copyOf(sessionTrainers);
    }

    SlotView view(Collection<UUID> sessionTrainers) {
        return new SlotView(id, day, half, startsAt, endsAt, trainerId, trainers(sessionTrainers), version);
    }
}
