package org.passerelle.training.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one person teaches of a session: its half-days and their hours. A slot counts for its own trainer, or
 * else for each of the session's trainers (co-animation: each of them teaches the whole half-day) — the rule the
 * SQL view {@code training_slot_trainers} applies to the hours taught and the BPF.
 *
 * @param hours the slots' lengths summed, to the hundredth
 */
public record Teaching(UUID personId, int halfDays, BigDecimal hours) {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /** Each teacher of the slots, in the order it first teaches, with its half-days and hours. */
    public static List<Teaching> of(List<SlotView> slots) {
        Map<UUID, long[]> byPerson = new LinkedHashMap<>();
        for (SlotView slot : slots) {
            long minutes = Duration.between(slot.startsAt(), slot.endsAt()).toMinutes();
            for (UUID person : slot.trainerIds()) {
                long[] sums = byPerson.computeIfAbsent(person, p -> new long[2]);
                sums[0]++;
                sums[1] += minutes;
            }
        }
        List<Teaching> teaching = new ArrayList<>();
        byPerson.forEach((person, sums) -> teaching.add(new Teaching(person, (int) sums[0],
                BigDecimal.valueOf(sums[1]).divide(SIXTY, 2, RoundingMode.HALF_UP))));
        return teaching;
    }
}
