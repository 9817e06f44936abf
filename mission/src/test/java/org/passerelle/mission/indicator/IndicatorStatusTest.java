package org.passerelle.mission.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IndicatorStatusTest {

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void over_a_finished_year_the_target_is_met_or_missed() {
        assertEquals(IndicatorStatus.ACHIEVED, IndicatorStatus.of(Direction.AT_LEAST, null, n("50"), n("50"), 1));
        assertEquals(IndicatorStatus.MISSED, IndicatorStatus.of(Direction.AT_LEAST, null, n("50"), n("42"), 1));
        assertEquals(IndicatorStatus.ACHIEVED, IndicatorStatus.of(Direction.AT_MOST, null, n("10"), n("8"), 1));
        assertEquals(IndicatorStatus.MISSED, IndicatorStatus.of(Direction.AT_MOST, null, n("10"), n("12"), 1));
    }

    @Test
    void during_the_year_a_met_target_is_achieved_at_once() {
        assertEquals(IndicatorStatus.ACHIEVED, IndicatorStatus.of(Direction.AT_LEAST, null, n("50"), n("60"), 0.1));
    }

    @Test
    void during_the_year_the_way_from_the_baseline_is_compared_with_the_time_gone_by() {
        // Half the year gone, from 20 towards 60: 40 covers half the way, 39 less.
        assertEquals(IndicatorStatus.ON_TRACK, IndicatorStatus.of(Direction.AT_LEAST, n("20"), n("60"), n("40"), 0.5));
        assertEquals(IndicatorStatus.AT_RISK, IndicatorStatus.of(Direction.AT_LEAST, n("20"), n("60"), n("39"), 0.5));
        // Downwards, from 100 towards 50: 70 covers 60 % of the way.
        assertEquals(IndicatorStatus.ON_TRACK, IndicatorStatus.of(Direction.AT_MOST, n("100"), n("50"), n("70"), 0.6));
        assertEquals(IndicatorStatus.AT_RISK, IndicatorStatus.of(Direction.AT_MOST, n("100"), n("50"), n("70"), 0.7));
        // Without a baseline, the way starts at zero.
        assertEquals(IndicatorStatus.ON_TRACK, IndicatorStatus.of(Direction.AT_LEAST, null, n("10"), n("3"), 0.25));
    }

    @Test
    void without_a_value_or_a_numeric_target_there_is_no_status() {
        assertNull(IndicatorStatus.of(Direction.AT_LEAST, null, null, n("3"), 1));
        assertNull(IndicatorStatus.of(Direction.AT_LEAST, null, n("3"), null, 1));
    }

    @Test
    void the_share_of_the_year_gone_by() {
        assertEquals(0, IndicatorStatus.elapsed(2024, LocalDate.of(2023, 12, 31)));
        assertEquals(0, IndicatorStatus.elapsed(2024, LocalDate.of(2024, 1, 1)));
        assertEquals(182.0 / 366, IndicatorStatus.elapsed(2024, LocalDate.of(2024, 7, 1)), 1e-9);
        assertEquals(1, IndicatorStatus.elapsed(2024, LocalDate.of(2025, 1, 1)));
    }
}
