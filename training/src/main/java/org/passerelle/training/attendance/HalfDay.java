package org.passerelle.training.attendance;

import java.time.Duration;
import java.time.Instant;

import org.passerelle.core.error.RuleViolationException;
import org.passerelle.training.session.SlotView;

/**
 * The émargement's rules of one half-day slot: when its lines may be written, and how many minutes connected a
 * remote learner may be given.
 */
record HalfDay(Instant startsAt, Instant endsAt) {

    /** A learner may sign, and a trainer mark, from a quarter of an hour before the slot starts. */
    static final Duration SIGNING_OPENS = Duration.ofMinutes(15);

    static HalfDay of(SlotView slot) {
        return new HalfDay(slot.startsAt(), slot.endsAt());
    }

    long minutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }

    /** A trainer marks from the opening of signatures on, also after the slot (a forgotten sheet is completed). */
    boolean markableAt(Instant now) {
        return !now.isBefore(startsAt.minus(SIGNING_OPENS));
    }

    /** A learner signs itself only while the slot is on. */
    boolean signableAt(Instant now) {
        return markableAt(now) && !now.isAfter(endsAt);
    }

    /** Minutes connected are at most the slot's length (422 otherwise); the hours attended count them as given. */
    void requireWithin(Integer minutesConnected) {
        if (minutesConnected != null && minutesConnected > minutes()) {
            throw new RuleViolationException("minutesConnected", "training.attendance.minutes-above-slot", minutes());
        }
    }
}
