package org.passerelle.ticketing.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.ticketing.ticket.Level;

/** The priority matrix and SLA targets an organisation starts with, and what makes rules complete. */
class TicketingSettingsTest {

    final TicketingSettings defaults = TicketingSettings.defaults();

    @Test
    void urgency_and_impact_give_the_priority() {
        assertEquals(Priority.P1, defaults.priority(Urgency.CRITICAL, Impact.CRITICAL));
        assertEquals(Priority.P1, defaults.priority(Urgency.HIGH, Impact.CRITICAL));
        assertEquals(Priority.P2, defaults.priority(Urgency.MEDIUM, Impact.HIGH));
        assertEquals(Priority.P3, defaults.priority(Urgency.MEDIUM, Impact.MEDIUM));
        assertEquals(Priority.P4, defaults.priority(Urgency.LOW, Impact.LOW));
    }

    @Test
    void every_priority_and_level_has_a_target_and_n2_takes_longer() {
        assertTrue(defaults.isComplete());
        assertEquals(new SlaTarget(Priority.P1, Level.N1, 30, 240), defaults.target(Priority.P1, Level.N1));
        assertEquals(new SlaTarget(Priority.P4, Level.N2, 480, 4800), defaults.target(Priority.P4, Level.N2));
        for (Priority p : Priority.values()) {
            assertTrue(defaults.target(p, Level.N2).resolutionMinutes() > defaults.target(p, Level.N1).resolutionMinutes());
        }
        assertEquals(5, defaults.autoCloseBusinessDays());
    }

    @Test
    void a_missing_cell_or_target_makes_the_rules_incomplete() {
        Map<Impact, Map<Urgency, Priority>> holed = new EnumMap<>(defaults.priorityMatrix());
        Map<Urgency, Priority> row = new EnumMap<>(holed.get(Impact.LOW));
        row.remove(Urgency.LOW);
        holed.put(Impact.LOW, row);
        assertFalse(new TicketingSettings(holed, defaults.slaTargets(), 5, 0L).isComplete());
        List<SlaTarget> fewer = defaults.slaTargets().subList(1, defaults.slaTargets().size());
        assertFalse(new TicketingSettings(defaults.priorityMatrix(), fewer, 5, 0L).isComplete());
    }
}
