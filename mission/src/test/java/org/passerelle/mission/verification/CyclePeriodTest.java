package org.passerelle.mission.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.core.error.RuleViolationException;

class CyclePeriodTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void the_opinion_is_due_six_months_after_the_period_ends() {
        assertEquals(d("2025-06-30"), CyclePeriod.of(d("2024-01-01"), d("2024-12-31"), 2).dueOn());
        assertEquals(d("2026-02-28"), CyclePeriod.of(d("2024-09-01"), d("2025-08-31"), 2).dueOn());
    }

    @Test
    void a_period_may_last_as_long_as_the_cadence_not_a_day_more() {
        CyclePeriod two = CyclePeriod.of(d("2024-01-01"), d("2025-12-31"), 2);
        assertEquals(d("2024-06-30"), CyclePeriod.of(d("2022-07-01"), d("2024-06-30"), 2).to());
        assertEquals(List.of(2024, 2025), two.years());
        RuleViolationException tooLong = assertThrows(RuleViolationException.class,
                () -> CyclePeriod.of(d("2024-01-01"), d("2026-01-01"), 2));
        assertEquals("mission.verification.period-too-long", tooLong.messageKey());
        assertEquals(List.of(2), tooLong.arguments());
        assertEquals(List.of(2024, 2025, 2026), CyclePeriod.of(d("2024-01-01"), d("2026-12-31"), 3).years());
    }

    @Test
    void a_period_ending_before_it_starts_is_refused() {
        RuleViolationException backwards = assertThrows(RuleViolationException.class,
                () -> CyclePeriod.of(d("2024-12-31"), d("2024-01-01"), 2));
        assertEquals("mission.verification.period", backwards.messageKey());
    }
}
