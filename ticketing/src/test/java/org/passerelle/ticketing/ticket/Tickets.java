package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.passerelle.ticketing.category.CategoryView;
import org.passerelle.ticketing.settings.Impact;
import org.passerelle.ticketing.settings.Priority;
import org.passerelle.ticketing.settings.SlaTarget;
import org.passerelle.ticketing.settings.TicketingSettings;
import org.passerelle.ticketing.settings.Urgency;

/** Fixtures of the unit tests: the agency's calendar, simple rules, and tickets in a given status. */
final class Tickets {

    static final UUID TEAM = UUID.randomUUID();

    /** Every ticket is P3; P3 answers in 1 business hour, resolves in 4 (N1) or 8 (N2); reopening lasts 2 days. */
    static final TicketingSettings RULES = rules();

    static final SlaClock SLA = new SlaClock(SlaDueDatesTest.agency(), RULES);

    private Tickets() {
    }

    static Instant paris(String local) {
        return SlaDueDatesTest.paris(local);
    }

    static Ticket inStatus(Status status) {
        Ticket t = new Ticket();
        t.id = UUID.randomUUID();
        t.orgId = UUID.randomUUID();
        t.reference = "T-2025-000001";
        t.type = TicketType.ASSISTANCE;
        t.status = status;
        t.level = Level.N1;
        t.urgency = Urgency.MEDIUM;
        t.impact = Impact.MEDIUM;
        t.priority = Priority.P3;
        t.categoryId = UUID.randomUUID();
        t.teamId = TEAM;
        t.createdAt = paris("2025-03-17T09:00");
        t.slaStartedAt = t.createdAt;
        if (status == Status.WAITING) {
            t.waitingSince = paris("2025-03-17T10:00");
        }
        if (status == Status.RESOLVED || status == Status.CLOSED) {
            t.resolvedAt = paris("2025-03-17T11:00");
        }
        return t;
    }

    static CategoryView category(UUID teamId) {
        return new CategoryView(UUID.randomUUID(), null, "Paie", teamId, null, Level.N1, true, 0);
    }

    private static TicketingSettings rules() {
        Map<Impact, Map<Urgency, Priority>> matrix = new EnumMap<>(Impact.class);
        for (Impact i : Impact.values()) {
            Map<Urgency, Priority> row = new EnumMap<>(Urgency.class);
            for (Urgency u : Urgency.values()) {
                row.put(u, Priority.P3);
            }
            matrix.put(i, row);
        }
        return new TicketingSettings(matrix, List.of(new SlaTarget(Priority.P3, Level.N1, 60, 240),
                new SlaTarget(Priority.P3, Level.N2, 60, 480)), 2, 0L);
    }
}
