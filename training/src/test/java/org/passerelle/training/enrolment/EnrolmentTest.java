package org.passerelle.training.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.error.ConflictException;

/** The enrolment's statuses, seats and the order seats go in, without a database. */
class EnrolmentTest {

    /** Every move, by target: what the service's actions (confirm, complete, ...) and the seat rules make. */
    static final Map<EnrolmentStatus, Set<EnrolmentStatus>> ALLOWED = Map.of(
            EnrolmentStatus.SELECTED, EnumSet.of(EnrolmentStatus.APPLIED, EnrolmentStatus.WAITLISTED),
            EnrolmentStatus.WAITLISTED, EnumSet.of(EnrolmentStatus.APPLIED),
            EnrolmentStatus.CONFIRMED, EnumSet.of(EnrolmentStatus.SELECTED),
            EnrolmentStatus.COMPLETED, EnumSet.of(EnrolmentStatus.SELECTED, EnrolmentStatus.CONFIRMED),
            EnrolmentStatus.NO_SHOW, EnumSet.of(EnrolmentStatus.SELECTED, EnrolmentStatus.CONFIRMED),
            EnrolmentStatus.DROPPED, EnumSet.of(EnrolmentStatus.APPLIED, EnrolmentStatus.SELECTED,
                    EnrolmentStatus.WAITLISTED, EnrolmentStatus.CONFIRMED),
            EnrolmentStatus.REJECTED, EnumSet.of(EnrolmentStatus.APPLIED, EnrolmentStatus.SELECTED,
                    EnrolmentStatus.WAITLISTED));

    static Enrolment in(EnrolmentStatus status) {
        Enrolment e = new Enrolment();
        e.enter(status);
        return e;
    }

    @Test
    void seats_are_held_by_selected_confirmed_completed_and_no_show_enrolments() {
        assertEquals(EnumSet.of(EnrolmentStatus.SELECTED, EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED,
                EnrolmentStatus.NO_SHOW), EnumSet.copyOf(List.of(EnrolmentStatus.values()).stream()
                        .filter(EnrolmentStatus::holdsSeat).toList()));
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            assertEquals(status.holdsSeat(), in(status).holdsSeat, status.name());
        }
    }

    @Test
    void every_move_is_allowed_or_refused_as_the_lifecycle_says_and_frees_a_seat_when_it_leaves_one() {
        int allowed = 0;
        for (EnrolmentStatus from : EnrolmentStatus.values()) {
            for (EnrolmentStatus to : EnrolmentStatus.values()) {
                Enrolment e = in(from);
                if (ALLOWED.getOrDefault(to, Set.of()).contains(from)) {
                    boolean freed = e.transition(to);
                    assertEquals(to, e.status, from + " -> " + to);
                    assertEquals(to.holdsSeat(), e.holdsSeat, "the seat follows the status");
                    assertEquals(from.holdsSeat() && !to.holdsSeat(), freed, from + " -> " + to + " frees a seat");
                    allowed++;
                } else {
                    ConflictException refused = assertThrows(ConflictException.class, () -> e.transition(to),
                            from + " -> " + to);
                    assertEquals("training.enrolment.invalid-transition", refused.messageKey());
                    assertEquals(List.of(from, to), refused.arguments());
                    assertEquals(from, e.status, "unchanged");
                    assertEquals(from.holdsSeat(), e.holdsSeat);
                }
            }
        }
        assertEquals(15, allowed);
    }

    @Test
    void dropping_or_rejecting_a_selected_learner_frees_its_seat_a_no_show_keeps_it() {
        assertTrue(in(EnrolmentStatus.SELECTED).transition(EnrolmentStatus.DROPPED));
        assertTrue(in(EnrolmentStatus.CONFIRMED).transition(EnrolmentStatus.DROPPED));
        assertTrue(in(EnrolmentStatus.SELECTED).transition(EnrolmentStatus.REJECTED));
        assertFalse(in(EnrolmentStatus.WAITLISTED).transition(EnrolmentStatus.DROPPED));
        assertFalse(in(EnrolmentStatus.CONFIRMED).transition(EnrolmentStatus.NO_SHOW), "not offered to anyone else");
        assertFalse(in(EnrolmentStatus.CONFIRMED).transition(EnrolmentStatus.COMPLETED));
    }

    @Test
    void final_statuses_never_move() {
        for (EnrolmentStatus last : EnumSet.of(EnrolmentStatus.REJECTED, EnrolmentStatus.COMPLETED,
                EnrolmentStatus.DROPPED, EnrolmentStatus.NO_SHOW)) {
            for (EnrolmentStatus to : EnrolmentStatus.values()) {
                assertThrows(ConflictException.class, () -> in(last).transition(to), last + " -> " + to);
            }
        }
    }

    @Test
    void seats_go_by_arrival_members_first_when_the_session_gives_them_priority() {
        Enrolment walkIn1 = arrival(null);
        Enrolment member1 = arrival(UUID.randomUUID());
        Enrolment walkIn2 = arrival(null);
        Enrolment member2 = arrival(UUID.randomUUID());
        List<Enrolment> byArrival = List.of(walkIn1, member1, walkIn2, member2);
        assertSame(byArrival, Enrolment.inTurn(byArrival, false));
        assertEquals(List.of(member1, member2, walkIn1, walkIn2), Enrolment.inTurn(byArrival, true));
    }

    static Enrolment arrival(UUID memberId) {
        Enrolment e = in(EnrolmentStatus.WAITLISTED);
        e.memberId = memberId;
        return e;
    }
}
