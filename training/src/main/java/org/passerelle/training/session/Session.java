package org.passerelle.training.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.TenantEntity;

/** A session of a course. */
@Entity
@Table(name = "training_sessions")
class Session extends TenantEntity {

    static final Duration LONGEST_SLOT = Duration.ofHours(5);

    @Column(name = "course_id", nullable = false)
    UUID courseId;

    String place;

    @Column(name = "virtual_room_url")
    String virtualRoomUrl;

    @Column(name = "synchronous_remote", nullable = false)
    boolean synchronousRemote;

    @Column(nullable = false)
    int capacity;

    @Column(name = "min_participants", nullable = false)
    int minParticipants;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    SessionStatus status = SessionStatus.DRAFT;

    @Column(name = "open_source_alternatives", nullable = false)
    boolean openSourceAlternatives;

    boolean selective;

    @Column(name = "member_priority", nullable = false)
    boolean memberPriority;

    @Column(name = "what_to_bring")
    String whatToBring;

    @Column(name = "seats_taken", nullable = false)
    int seatsTaken;

    @Column(name = "starts_at")
    Instant startsAt;

    @Column(name = "ends_at")
    Instant endsAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    List<SessionSlot> slots = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "training_session_trainers", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "person_id")
    Set<UUID> trainerIds = new LinkedHashSet<>();

    void requireEditable() {
        if (EnumSet.of(SessionStatus.RUNNING, SessionStatus.COMPLETED, SessionStatus.CANCELLED).contains(status)) {
            throw new ConflictException("training.session.not-editable", status);
        }
    }

    /**
     * Gives a half-day its own trainer, or back to the session's ({@code personId} null). Allowed until the
     * session is cancelled: who actually taught a half-day may be corrected after it ran, since the hours taught
     * and the BPF count it.
     */
    SessionSlot assign(UUID slotId, UUID personId) {
        if (status == SessionStatus.CANCELLED) {
            throw new ConflictException("training.session.not-editable", status);
        }
        SessionSlot slot = slot(slotId);
        slot.trainerId = personId;
        // The session's view shows its slots' trainers: touching its row bumps its version (ETag) as well.
        updatedAt = Instants.now();
        return slot;
    }

    SessionSlot slot(UUID slotId) {
        return slots.stream().filter(s -> s.id.equals(slotId)).findFirst()
                .orElseThrow(() -> new NotFoundException("slot", slotId));
    }

    /** Moves to {@code target} if the lifecycle allows it from the current status. */
    void transition(SessionStatus target) {
        Set<SessionStatus> from = switch (target) {
            case OPEN -> EnumSet.of(SessionStatus.DRAFT);
            case RUNNING -> EnumSet.of(SessionStatus.OPEN, SessionStatus.FULL);
            case COMPLETED -> EnumSet.of(SessionStatus.RUNNING);
            case CANCELLED -> EnumSet.of(SessionStatus.DRAFT, SessionStatus.OPEN, SessionStatus.FULL);
            case DRAFT, FULL -> EnumSet.noneOf(SessionStatus.class);
        };
        if (!from.contains(status)) {
            throw new ConflictException("training.session.invalid-transition", status, target);
        }
        if (target == SessionStatus.OPEN && slots.isEmpty()) {
            throw new ConflictException("training.session.no-slot");
        }
        status = target;
    }

    /**
     * Takes a seat if one is free: FULL when the last one goes. Only OPEN and FULL sessions take enrolments.
     *
     * @return whether a seat was taken (false: the session is full, the learner waits)
     */
    boolean takeSeat() {
        if (status != SessionStatus.OPEN && status != SessionStatus.FULL) {
            throw new ConflictException("training.enrolment.session-closed", status);
        }
        if (seatsTaken >= capacity) {
            return false;
        }
        seatsTaken++;
        status = seatsTaken == capacity ? SessionStatus.FULL : SessionStatus.OPEN;
        return true;
    }

    /** Gives a seat back: a FULL session opens again. */
    void releaseSeat() {
        seatsTaken--;
        if (status == SessionStatus.FULL) {
            status = SessionStatus.OPEN;
        }
    }

    /**
     * Adds the half-day slots, read in the organisation's zone: each ends after it starts, lasts at most
     * {@link #LONGEST_SLOT}, is of the half it names, and a (day, half) comes once.
     */
    void schedule(List<SlotData> given, ZoneId zone) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            SlotData s = given.get(i);
            String field = "slots[" + i + "]";
            if (!s.end().isAfter(s.start()) || Duration.between(s.start(), s.end()).compareTo(LONGEST_SLOT) > 0) {
                throw new RuleViolationException(field, "training.session.slot-times", s.start(), s.end());
            }
            if (!s.half().admits(s.start())) {
                throw new RuleViolationException(field, "training.session.slot-half", s.half(), s.start());
            }
            if (!seen.add(s.day() + "/" + s.half())) {
                throw new RuleViolationException(field, "training.session.slot-twice", s.day(), s.half());
            }
            SessionSlot slot = new SessionSlot();
            slot.orgId = orgId;
            slot.session = this;
            slot.day = s.day();
            slot.half = s.half();
            slot.startsAt = s.day().atTime(s.start()).atZone(zone).toInstant();
            slot.endsAt = s.day().atTime(s.end()).atZone(zone).toInstant();
            slot.trainerId = s.trainerId();
            slots.add(slot);
        }
        slots.sort(Comparator.comparing(slot -> slot.startsAt));
        span();
    }

    private void span() {
        startsAt = slots.stream().map(s -> s.startsAt).min(Comparator.naturalOrder()).orElse(null);
        endsAt = slots.stream().map(s -> s.endsAt).max(Comparator.naturalOrder()).orElse(null);
    }
}
