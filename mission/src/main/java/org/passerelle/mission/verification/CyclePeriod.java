package org.passerelle.mission.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.passerelle.core.error.RuleViolationException;

/**
 * The period a verification cycle covers, both days included. The law's cadence bounds it (two years, three on
 * request under 50 employees), and the OTI's opinion is due with the management report, approved within six
 * months after the period ends.
 */
public record CyclePeriod(LocalDate from, LocalDate to) {

    static final int OPINION_DELAY_MONTHS = 6;

    /** The period of a new cycle, refused (422) if it ends before it starts or is longer than the cadence. */
    public static CyclePeriod of(LocalDate from, LocalDate to, int cadenceYears) {
        if (to.isBefore(from)) {
            throw new RuleViolationException("periodTo", "mission.verification.period");
        }
        if (to.plusDays(1).isAfter(from.plusYears(cadenceYears))) {
            throw new RuleViolationException("periodTo", "mission.verification.period-too-long", cadenceYears);
        }
        return new CyclePeriod(from, to);
    }

    public LocalDate dueOn() {
        return to.plusMonths(OPINION_DELAY_MONTHS);
    }

    /** The calendar years the period touches, each with its report in the evidence package. */
    public List<Integer> years() {
        return IntStream.rangeClosed(from.getYear(), to.getYear()).boxed().toList();
    }
}
