package org.passerelle.mission.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where an indicator stands for a year against its numeric target. */
public enum IndicatorStatus {
    ACHIEVED, ON_TRACK, AT_RISK, MISSED;

    /**
     * Over a finished year the target is met or missed. During the year it is achieved once met, and on track
     * while the way from the baseline (zero without one) to the target is covered at least as fast as the
     * year goes by. Null without a value or a numeric target.
     *
     * @param elapsed share of the year gone by, 0 to 1 (1 for a finished year)
     */
    public static IndicatorStatus of(Direction direction, BigDecimal baseline, BigDecimal target, BigDecimal value,
            double elapsed) {
        if (target == null || value == null) {
            return null;
        }
        boolean met = direction == Direction.AT_LEAST ? value.compareTo(target) >= 0 : value.compareTo(target) <= 0;
        if (met) {
            return ACHIEVED;
        }
        if (elapsed >= 1) {
            return MISSED;
        }
        double start = baseline == null ? 0 : baseline.doubleValue();
        double way = target.doubleValue() - start;
        double covered = value.doubleValue() - start;
        return way != 0 && covered / way >= elapsed ? ON_TRACK : AT_RISK;
    }

    /** Share of {@code year} gone by at {@code today}: 0 before it starts, 1 once it is over. */
    public static double elapsed(int year, LocalDate today) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = start.plusYears(1);
        if (!today.isBefore(end)) {
            return 1;
        }
        if (today.isBefore(start)) {
            return 0;
        }
        return (double) ChronoUnit.DAYS.between(start, today) / ChronoUnit.DAYS.between(start, end);
    }
}
