package org.passerelle.training.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of the published figures: hours and percents to the tenth, half up; no rate without a whole. */
final class Rates {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Rates() {
    }

    /** {@code part} in percent of {@code whole}; null when the whole is nothing (no rate, rather than 0 %). */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal hours(BigDecimal minutes) {
        return minutes.divide(SIXTY, 1, RoundingMode.HALF_UP);
    }

    /** Training days: two half-days make a day. */
    static BigDecimal days(long halfDays) {
        return BigDecimal.valueOf(halfDays).divide(TWO, 1, RoundingMode.UNNECESSARY);
    }

    /**
     * What the sessions delivered, from minutes attended (half-days and self-paced time), the learners who
     * entered and their statuses, and the hot surveys. The average divides the hours already rounded, as
     * published: 540.0 h for 3 trainees is 180.0.
     */
    static Outcomes outcomes(BigDecimal minutes, long attending, long entered, long completed, long dropped,
            long surveys, long satisfied) {
        BigDecimal hours = hours(minutes);
        return new Outcomes(hours, attending,
                attending == 0 ? null : hours.divide(BigDecimal.valueOf(attending), 1, RoundingMode.HALF_UP),
                surveys, percent(satisfied, surveys), entered, completed, percent(completed, entered), dropped,
                percent(dropped, entered));
    }
}
