package org.passerelle.mission.sesame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class LevelsTest {

    @Test
    void the_average_is_truncated_to_two_decimals_never_rounded_up() {
        // 19/6 = 3.1666…: levels 4, 4, 4, 4, 2, 1
        long[] counts = { 1, 1, 0, 4 };
        assertEquals(6, Levels.respondents(counts));
        assertEquals(new BigDecimal("3.16"), Levels.average(counts));
    }

    @Test
    void a_whole_average_keeps_two_decimals() {
        assertEquals(new BigDecimal("2.00"), Levels.average(new long[] { 0, 3, 0, 0 }));
        assertEquals(new BigDecimal("2.50"), Levels.average(new long[] { 0, 1, 1, 0 }));
    }

    @Test
    void two_thirds_truncate_down() {
        // (1 + 2 + 2) / 3 = 1.666…
        assertEquals(new BigDecimal("1.66"), Levels.average(new long[] { 1, 2, 0, 0 }));
    }

    @Test
    void without_respondents_there_is_no_average() {
        assertEquals(0, Levels.respondents(new long[4]));
        assertNull(Levels.average(new long[4]));
    }
}
