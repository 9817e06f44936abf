package org.passerelle.ticketing.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Counts per core row are named through core's contract in one call, most first, then by name. */
class StatisticsRankingTest {

    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID c = UUID.randomUUID();

    @Test
    void most_first_then_by_name_and_cut_at_the_limit() {
        int[] calls = {0};
        List<TicketStatistics.Count> ranked = StatisticsService.ranked(Map.of(a, 3L, b, 7L, c, 3L), ids -> {
            calls[0]++;
            return Map.of(a, "Mairie de Vals", b, "Mairie d'Aubenas", c, "Commune de Lavilledieu");
        }, 2);
        assertEquals(List.of(new TicketStatistics.Count(b.toString(), "Mairie d'Aubenas", 7),
                new TicketStatistics.Count(c.toString(), "Commune de Lavilledieu", 3)), ranked);
        assertEquals(1, calls[0], "one query for all names");
    }

    @Test
    void nothing_to_name_asks_nothing() {
        assertEquals(List.of(), StatisticsService.ranked(Map.of(), ids -> {
            throw new AssertionError("no call");
        }, 5));
    }
}
