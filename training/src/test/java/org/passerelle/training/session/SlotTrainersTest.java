package org.passerelle.training.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;

/** Who teaches each half-day, and the hours that go to each trainer, without a database. */
class SlotTrainersTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    final UUID lead = UUID.randomUUID();
    final UUID monday = UUID.randomUUID();
    final UUID tuesday = UUID.randomUUID();

    /** Three days of a morning (9:00–12:30) and an afternoon (14:00–17:00) each; slot trainers as given per day. */
    Session session(List<UUID> sessionTrainers, UUID... dayTrainers) {
        Session s = new Session();
        s.status = SessionStatus.OPEN;
        s.trainerIds.addAll(sessionTrainers);
        List<SlotData> slots = new ArrayList<>();
        for (int d = 0; d < dayTrainers.length; d++) {
            LocalDate day = MONDAY.plusDays(d);
            slots.add(new SlotData(day, Half.MORNING, LocalTime.of(9, 0), LocalTime.of(12, 30), dayTrainers[d]));
            slots.add(new SlotData(day, Half.AFTERNOON, LocalTime.of(14, 0), LocalTime.of(17, 0), dayTrainers[d]));
        }
        s.schedule(slots, PARIS);
        s.slots.forEach(slot -> slot.id = UUID.randomUUID());
        return s;
    }

    static List<SlotView> views(Session s) {
        return s.slots.stream().map(slot -> slot.view(s.trainerIds)).toList();
    }

    static Teaching of(List<Teaching> teaching, UUID person) {
        return teaching.stream().filter(t -> t.personId().equals(person)).findFirst().orElse(null);
    }

    @Test
    void a_half_day_counts_for_its_own_trainer_else_for_the_session_s() {
        List<Teaching> teaching = Teaching.of(views(session(List.of(lead), monday, tuesday, null)));

        assertEquals(List.of(monday, tuesday, lead), teaching.stream().map(Teaching::personId).toList());
        for (UUID person : List.of(monday, tuesday, lead)) {
            assertEquals(2, of(teaching, person).halfDays(), "each teaches its day's two half-days");
            assertEquals(new BigDecimal("6.50"), of(teaching, person).hours(), "3.5 h + 3 h");
        }
    }

    @Test
    void the_session_s_trainers_each_teach_the_whole_half_days_without_a_trainer_of_their_own() {
        UUID second = UUID.randomUUID();
        List<Teaching> teaching = Teaching.of(views(session(List.of(lead, second), null, monday)));

        assertEquals(new BigDecimal("6.50"), of(teaching, lead).hours());
        assertEquals(new BigDecimal("6.50"), of(teaching, second).hours());
        assertEquals(new BigDecimal("6.50"), of(teaching, monday).hours());
        assertEquals(3, teaching.size());
    }

    @Test
    void a_half_day_without_any_trainer_counts_for_nobody() {
        assertEquals(List.of(), Teaching.of(views(session(List.of(), null, null))));
    }

    @Test
    void a_slot_trainer_teaches_the_session_though_it_is_none_of_the_session_s_trainers() {
        Session s = session(List.of(lead), monday, null);
        SessionView view = new SessionView(UUID.randomUUID(), null, "C", "T", null, null, false, 10, 0, 0, s.status,
                false, s.startsAt, s.endsAt, views(s), List.copyOf(s.trainerIds), Teaching.of(views(s)), false, false,
                null, 0);

        assertTrue(view.taughtBy(monday));
        assertTrue(view.taughtBy(lead));
        assertFalse(view.taughtBy(tuesday));
        assertFalse(view.taughtBy(null));
        assertEquals(List.of(monday), view.slots().get(0).trainerIds());
        assertEquals(List.of(lead), view.slots().get(2).trainerIds(), "day 2 falls back to the session's trainer");
    }

    @Test
    void assigning_gives_the_half_day_its_trainer_and_clearing_gives_it_back_to_the_session() {
        Session s = session(List.of(lead), null, null);
        SessionSlot tuesdayMorning = s.slots.get(2);

        s.assign(tuesdayMorning.id, tuesday);
        assertEquals(List.of(tuesday), tuesdayMorning.trainers(s.trainerIds));
        assertEquals(new BigDecimal("3.50"), of(Teaching.of(views(s)), tuesday).hours());
        assertEquals(new BigDecimal("9.50"), of(Teaching.of(views(s)), lead).hours(), "13 h less its 3.5 h");

        s.assign(tuesdayMorning.id, null);
        assertNull(tuesdayMorning.trainerId);
        assertEquals(List.of(lead), tuesdayMorning.trainers(s.trainerIds));
        assertThrows(NotFoundException.class, () -> s.assign(UUID.randomUUID(), tuesday));
    }

    @Test
    void who_taught_may_be_corrected_after_the_session_ran_but_not_once_it_is_cancelled() {
        Session completed = session(List.of(lead), (UUID) null);
        completed.status = SessionStatus.COMPLETED;
        completed.assign(completed.slots.get(0).id, monday);
        assertEquals(monday, completed.slots.get(0).trainerId);

        Session cancelled = session(List.of(lead), (UUID) null);
        cancelled.status = SessionStatus.CANCELLED;
        ConflictException refused = assertThrows(ConflictException.class,
                () -> cancelled.assign(cancelled.slots.get(0).id, monday));
        assertEquals("training.session.not-editable", refused.messageKey());
        assertNull(cancelled.slots.get(0).trainerId);
    }
}
