package org.passerelle.training.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.RuleViolationException;

/** The émargement's rules of a half-day and of a line, without a database. */
class AttendanceRulesTest {

    static final Instant NINE = Instant.parse("2024-03-29T08:00:00Z");
    static final HalfDay MORNING = new HalfDay(NINE, Instant.parse("2024-03-29T11:30:00Z"));
    static final UUID TRAINER = UUID.randomUUID();

    @Test
    void a_learner_signs_from_a_quarter_of_an_hour_before_the_start_to_the_end() {
        assertFalse(MORNING.signableAt(NINE.minusSeconds(15 * 60 + 1)));
        assertTrue(MORNING.signableAt(NINE.minusSeconds(15 * 60)));
        assertTrue(MORNING.signableAt(MORNING.endsAt()));
        assertFalse(MORNING.signableAt(MORNING.endsAt().plusSeconds(1)));
    }

    @Test
    void a_trainer_marks_from_the_same_moment_and_still_after_the_end() {
        assertFalse(MORNING.markableAt(NINE.minusSeconds(15 * 60 + 1)));
        assertTrue(MORNING.markableAt(NINE.minusSeconds(15 * 60)));
        assertTrue(MORNING.markableAt(MORNING.endsAt().plusSeconds(7 * 24 * 3600)));
    }

    @Test
    void minutes_connected_are_capped_by_the_half_day_s_length() {
        assertEquals(210, MORNING.minutes());
        MORNING.requireWithin(null);
        MORNING.requireWithin(0);
        MORNING.requireWithin(210);
        RuleViolationException above = assertThrows(RuleViolationException.class, () -> MORNING.requireWithin(211));
        assertEquals("minutesConnected", above.field());
        assertEquals("training.attendance.minutes-above-slot", above.messageKey());
    }

    @Test
    void marking_absent_or_excused_clears_the_signature_and_minutes_present_keeps_them() {
        Attendance a = new Attendance();
        a.sign(NINE);
        a.mark(AttendanceStatus.PRESENT, 120, TRAINER);
        assertEquals(NINE, a.signedAt, "the learner's own signature stays");
        assertEquals(120, a.minutesConnected);
        assertEquals(TRAINER, a.markedBy);
        for (AttendanceStatus away : new AttendanceStatus[] { AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED }) {
            a.sign(NINE);
            a.mark(away, 120, TRAINER);
            assertEquals(away, a.status);
            assertNull(a.signedAt);
            assertNull(a.minutesConnected, "nothing of an absence counts");
        }
    }

    @Test
    void a_signature_marks_present() {
        Attendance a = new Attendance();
        a.mark(AttendanceStatus.ABSENT, null, TRAINER);
        a.sign(NINE);
        assertEquals(AttendanceStatus.PRESENT, a.status);
        assertEquals(NINE, a.signedAt);
    }

    @Test
    void a_counter_signed_line_never_changes() {
        Attendance a = new Attendance();
        a.mark(AttendanceStatus.PRESENT, null, TRAINER);
        a.countersign(TRAINER, NINE);
        assertEquals(TRAINER, a.countersignedBy);
        assertEquals(NINE, a.countersignedAt);
        for (Runnable change : new Runnable[] { () -> a.mark(AttendanceStatus.ABSENT, null, TRAINER),
                () -> a.sign(NINE), () -> a.countersign(TRAINER, NINE.plusSeconds(60)) }) {
            ConflictException refused = assertThrows(ConflictException.class, change::run);
            assertEquals("training.attendance.countersigned", refused.messageKey());
        }
        assertEquals(AttendanceStatus.PRESENT, a.status);
        assertEquals(NINE, a.countersignedAt);
    }
}
