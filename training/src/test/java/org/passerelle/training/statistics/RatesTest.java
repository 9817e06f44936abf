package org.passerelle.training.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The statistics' arithmetic, without a database. */
class RatesTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void the_training_organisation_averages_180_hours_per_trainee() {
        // Three trainees attending 180 h each (32,400 minutes), a fourth who dropped out; 2 of 3 surveys satisfied.
        Outcomes o = Rates.outcomes(d("32400"), 3, 4, 2, 1, 3, 2);
        assertEquals(d("540.0"), o.hoursDelivered());
        assertEquals(d("180.0"), o.averageHoursPerTrainee());
        assertEquals(d("66.7"), o.satisfactionRate());
        assertEquals(d("50.0"), o.completionRate());
        assertEquals(d("25.0"), o.dropOutRate());
        assertEquals(4, o.entered());
    }

    @Test
    void the_agency_s_catalogue_is_99_percent_satisfied() {
        assertEquals(d("99.0"), Rates.percent(99, 100));
        assertEquals(d("99.4"), Rates.percent(162, 163));
        assertEquals(d("6.3"), Rates.percent(1, 16), "6.25: half up, not to even");
    }

    @Test
    void percents_are_to_the_tenth_half_up_and_absent_without_a_whole() {
        assertEquals(d("33.3"), Rates.percent(1, 3));
        assertEquals(d("66.7"), Rates.percent(2, 3));
        assertEquals(d("0.0"), Rates.percent(0, 5));
        assertNull(Rates.percent(0, 0), "no surveys: no rate, not 0 %");
    }

    @Test
    void without_anyone_attending_there_is_no_average_nor_rates() {
        Outcomes o = Rates.outcomes(BigDecimal.ZERO, 0, 0, 0, 0, 0, 0);
        assertEquals(d("0.0"), o.hoursDelivered());
        assertNull(o.averageHoursPerTrainee());
        assertNull(o.satisfactionRate());
        assertNull(o.completionRate());
        assertNull(o.dropOutRate());
    }

    @Test
    void two_half_days_make_a_day_and_minutes_are_hours_to_the_tenth() {
        assertEquals(d("31.5"), Rates.days(63));
        assertEquals(d("0.0"), Rates.days(0));
        assertEquals(d("4.5"), Rates.hours(d("270")));
        assertEquals(d("0.1"), Rates.hours(d("3")));
    }
}
