package org.passerelle.training.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.RuleViolationException;

/** The session's lifecycle, seats and half-day slots, without a database. */
class SessionTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate DAY = LocalDate.of(2024, 3, 29);

    /** Every move an action may make, by target: the rest of the 36 pairs is refused. */
    static final Map<SessionStatus, Set<SessionStatus>> ALLOWED = Map.of(
            SessionStatus.OPEN, EnumSet.of(SessionStatus.DRAFT),
            SessionStatus.RUNNING, EnumSet.of(SessionStatus.OPEN, SessionStatus.FULL),
            SessionStatus.COMPLETED, EnumSet.of(SessionStatus.RUNNING),
            SessionStatus.CANCELLED, EnumSet.of(SessionStatus.DRAFT, SessionStatus.OPEN, SessionStatus.FULL));

    static Session session(SessionStatus status, int capacity, int seatsTaken) {
        Session s = new Session();
        s.status = status;
        s.capacity = capacity;
        s.seatsTaken = seatsTaken;
        s.schedule(List.of(new SlotData(DAY, Half.MORNING, LocalTime.of(9, 0), LocalTime.of(12, 30))), PARIS);
        return s;
    }

    @Test
    void every_transition_is_allowed_or_refused_as_the_lifecycle_says() {
        int allowed = 0;
        for (SessionStatus from : SessionStatus.values()) {
            for (SessionStatus to : SessionStatus.values()) {
                Session s = session(from, 10, 0);
                if (ALLOWED.getOrDefault(to, Set.of()).contains(from)) {
                    s.transition(to);
                    assertEquals(to, s.status, from + " -> " + to);
                    allowed++;
                } else {
                    ConflictException refused = assertThrows(ConflictException.class, () -> s.transition(to),
                            from + " -> " + to);
                    assertEquals("training.session.invalid-transition", refused.messageKey());
                    assertEquals(from, s.status, "unchanged");
                }
            }
        }
        assertEquals(7, allowed);
    }

    @Test
    void a_session_without_slots_cannot_open() {
        Session s = new Session();
        ConflictException refused = assertThrows(ConflictException.class, () -> s.transition(SessionStatus.OPEN));
        assertEquals("training.session.no-slot", refused.messageKey());
        assertEquals(SessionStatus.DRAFT, s.status);
    }

    @Test
    void running_completed_and_cancelled_sessions_are_not_editable() {
        for (SessionStatus status : SessionStatus.values()) {
            Session s = session(status, 10, 0);
            if (EnumSet.of(SessionStatus.RUNNING, SessionStatus.COMPLETED, SessionStatus.CANCELLED).contains(status)) {
                assertThrows(ConflictException.class, s::requireEditable, status.name());
            } else {
                s.requireEditable();
            }
        }
    }

    @Test
    void the_last_seat_fills_the_session_and_a_freed_one_opens_it_again() {
        Session s = session(SessionStatus.OPEN, 2, 0);
        assertTrue(s.takeSeat());
        assertEquals(SessionStatus.OPEN, s.status);
        assertTrue(s.takeSeat());
        assertEquals(SessionStatus.FULL, s.status);
        assertFalse(s.takeSeat(), "the third learner waits");
        assertEquals(2, s.seatsTaken);
        s.releaseSeat();
        assertEquals(SessionStatus.OPEN, s.status);
        assertEquals(1, s.seatsTaken);
        assertTrue(s.takeSeat());
        assertEquals(SessionStatus.FULL, s.status);
    }

    @Test
    void a_freed_seat_of_a_running_session_leaves_its_status() {
        Session s = session(SessionStatus.RUNNING, 2, 2);
        s.releaseSeat();
        assertEquals(SessionStatus.RUNNING, s.status);
        assertEquals(1, s.seatsTaken);
    }

    @Test
    void only_open_and_full_sessions_take_seats() {
        for (SessionStatus status : EnumSet.of(SessionStatus.DRAFT, SessionStatus.RUNNING, SessionStatus.COMPLETED,
                SessionStatus.CANCELLED)) {
            Session s = session(status, 10, 0);
            ConflictException refused = assertThrows(ConflictException.class, s::takeSeat, status.name());
            assertEquals("training.enrolment.session-closed", refused.messageKey());
            assertEquals(0, s.seatsTaken);
        }
    }

    @Test
    void slots_are_stored_in_utc_sorted_and_span_the_session() {
        Session s = new Session();
        s.schedule(List.of(new SlotData(LocalDate.of(2024, 4, 2), Half.MORNING, LocalTime.of(9, 0), LocalTime.of(10, 0)),
                new SlotData(DAY, Half.AFTERNOON, LocalTime.of(13, 30), LocalTime.of(17, 0)),
                new SlotData(DAY, Half.MORNING, LocalTime.of(9, 0), LocalTime.of(12, 30))), PARIS);
        // Either side of the change to summer time (31 March 2024): UTC+1, then UTC+2.
        assertEquals(List.of(Instant.parse("2024-03-29T08:00:00Z"), Instant.parse("2024-03-29T12:30:00Z"),
                Instant.parse("2024-04-02T07:00:00Z")), s.slots.stream().map(sl -> sl.startsAt).toList());
        assertEquals(Instant.parse("2024-03-29T08:00:00Z"), s.startsAt);
        assertEquals(Instant.parse("2024-04-02T08:00:00Z"), s.endsAt);
    }

    @Test
    void a_half_day_starts_in_its_half_the_noon_hour_being_either() {
        assertTrue(Half.MORNING.admits(LocalTime.of(12, 59)));
        assertFalse(Half.MORNING.admits(LocalTime.of(13, 0)));
        assertTrue(Half.AFTERNOON.admits(LocalTime.of(12, 0)));
        assertFalse(Half.AFTERNOON.admits(LocalTime.of(11, 59)));
        assertEquals("training.session.slot-half", refusal(slot(Half.AFTERNOON, "09:00", "12:00")).messageKey());
    }

    @Test
    void a_slot_ends_after_it_starts_and_lasts_at_most_five_hours() {
        assertEquals("training.session.slot-times", refusal(slot(Half.MORNING, "09:00", "09:00")).messageKey());
        assertEquals("training.session.slot-times", refusal(slot(Half.MORNING, "10:00", "09:00")).messageKey());
        assertEquals("training.session.slot-times", refusal(slot(Half.MORNING, "07:00", "12:01")).messageKey());
        Session s = new Session();
        s.schedule(List.of(slot(Half.MORNING, "07:00", "12:00")), PARIS);
        assertEquals(1, s.slots.size());
    }

    @Test
    void a_half_day_comes_once_and_the_refusal_names_the_slot() {
        Session s = new Session();
        RuleViolationException twice = assertThrows(RuleViolationException.class, () -> s.schedule(
                List.of(slot(Half.MORNING, "09:00", "12:00"), slot(Half.MORNING, "10:00", "11:00")), PARIS));
        assertEquals("training.session.slot-twice", twice.messageKey());
        assertEquals("slots[1]", twice.field());
    }

    static SlotData slot(Half half, String start, String end) {
        return new SlotData(DAY, half, LocalTime.parse(start), LocalTime.parse(end));
    }

    static RuleViolationException refusal(SlotData slot) {
        return assertThrows(RuleViolationException.class, () -> new Session().schedule(List.of(slot), PARIS));
    }
}
