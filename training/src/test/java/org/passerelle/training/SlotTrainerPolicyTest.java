package org.passerelle.training;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.Role;
import org.passerelle.training.session.Half;
import org.passerelle.training.session.SessionStatus;
import org.passerelle.training.session.SessionView;
import org.passerelle.training.session.SlotView;
import org.passerelle.training.session.Teaching;

/** What the speaker of one day may do in a session it teaches only in part. */
class SlotTrainerPolicyTest {

    final TrainingPolicy policy = new TrainingPolicy();
    final UUID org = UUID.randomUUID();
    final UUID lead = UUID.randomUUID();
    final UUID dayOne = UUID.randomUUID();
    final UUID dayTwo = UUID.randomUUID();
    final SlotView first = slot(LocalDate.of(2025, 3, 3), dayOne);
    final SlotView second = slot(LocalDate.of(2025, 3, 4), dayTwo);
    final SessionView session = new SessionView(UUID.randomUUID(), UUID.randomUUID(), "EMANCIP", "Emancipation", null,
            null, false, 10, 0, 0, SessionStatus.RUNNING, false, first.startsAt(), second.endsAt(),
            List.of(first, second), List.of(lead), Teaching.of(List.of(first, second)), false, false, null, 3);

    static SlotView slot(LocalDate day, UUID trainer) {
        Instant start = day.atTime(9, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
        return new SlotView(UUID.randomUUID(), day, Half.MORNING, start, start.plusSeconds(3 * 3600), trainer,
                List.of(trainer), 1);
    }

    OrgAccess trainer(UUID person) {
        return new OrgAccess(org, "o", ZoneId.of("Europe/Paris"), Set.of(Role.TRAINER), null, null, false, person,
                null, false);
    }

    @Test
    void the_speaker_of_a_day_reads_the_session_and_marks_and_countersigns_its_own_half_days_only() {
        OrgAccess speaker = trainer(dayTwo);
        assertDoesNotThrow(() -> policy.readSession(speaker, session, () -> false));
        assertDoesNotThrow(() -> policy.readAttendance(speaker, session));
        assertDoesNotThrow(() -> policy.markAttendance(speaker, session, second));
        assertDoesNotThrow(() -> policy.countersign(speaker, session, second));
        assertThrows(AccessDeniedException.class, () -> policy.markAttendance(speaker, session, first));
        assertThrows(AccessDeniedException.class, () -> policy.countersign(speaker, session, first));
    }

    @Test
    void the_session_s_trainer_answers_for_every_half_day_and_other_trainers_see_nothing() {
        assertDoesNotThrow(() -> policy.markAttendance(trainer(lead), session, first));
        assertDoesNotThrow(() -> policy.countersign(trainer(lead), session, second));
        OrgAccess stranger = trainer(UUID.randomUUID());
        assertThrows(NotFoundException.class, () -> policy.readSession(stranger, session, () -> false));
        assertThrows(NotFoundException.class, () -> policy.markAttendance(stranger, session, first));
    }
}
