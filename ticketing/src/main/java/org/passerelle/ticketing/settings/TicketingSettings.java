package org.passerelle.ticketing.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.passerelle.ticketing.ticket.Level;

/**
 * An organisation's ticketing rules: urgency × impact → priority, SLA targets per priority and level,
 * and how many business days a resolved ticket stays open to the requester before it closes.
 */
public record TicketingSettings(
        @NotNull Map<@NotNull Impact, @NotNull Map<@NotNull Urgency, @NotNull Priority>> priorityMatrix,
        @NotEmpty @Size(max = 8) List<@Valid @NotNull SlaTarget> slaTargets,
        @NotNull @Min(0) @Max(60) Integer autoCloseBusinessDays,
        @Nullable Long version) {

    public Priority priority(Urgency urgency, Impact impact) {
        return priorityMatrix.get(impact).get(urgency);
    }

    public SlaTarget target(Priority priority, Level level) {
        return slaTargets.stream().filter(t -> t.priority() == priority && t.level() == level).findFirst()
                .orElseThrow();
    }

    /** Complete: every urgency × impact has a priority, every priority × level a target. */
    public boolean isComplete() {
        for (Impact i : Impact.values()) {
            for (Urgency u : Urgency.values()) {
                if (priorityMatrix.get(i) == null || priorityMatrix.get(i).get(u) == null) {
                    return false;
                }
            }
        }
        for (Priority p : Priority.values()) {
            for (Level l : Level.values()) {
                if (slaTargets.stream().noneMatch(t -> t.priority() == p && t.level() == l)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** ITIL-like defaults; P1 N1 must be solved within half a business day. */
    static TicketingSettings defaults() {
        Priority[][] byImpact = {
                { Priority.P4, Priority.P4, Priority.P3, Priority.P3 },
                { Priority.P4, Priority.P3, Priority.P2, Priority.P2 },
                { Priority.P3, Priority.P2, Priority.P2, Priority.P1 },
                { Priority.P3, Priority.P2, Priority.P1, Priority.P1 } };
        Map<Impact, Map<Urgency, Priority>> matrix = new EnumMap<>(Impact.class);
        for (Impact i : Impact.values()) {
            Map<Urgency, Priority> row = new EnumMap<>(Urgency.class);
            for (Urgency u : Urgency.values()) {
                row.put(u, byImpact[i.ordinal()][u.ordinal()]);
            }
            matrix.put(i, row);
        }
        int[][] minutes = { { 30, 240, 480 }, { 60, 480, 960 }, { 240, 960, 2400 }, { 480, 2400, 4800 } };
        List<SlaTarget> targets = new ArrayList<>();
        for (Priority p : Priority.values()) {
            int[] m = minutes[p.ordinal()];
            targets.add(new SlaTarget(p, Level.N1, m[0], m[1]));
            targets.add(new SlaTarget(p, Level.N2, m[0], m[2]));
        }
        return new TicketingSettings(matrix, targets, 5, 0L);
    }
}
