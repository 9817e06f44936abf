package org.passerelle.training.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.passerelle.core.error.ConflictException;

/**
 * What a learner's documents state of its training: from and to which day, in the organisation's zone, and the
 * hours actually attended (to the hundredth, as the funders' model asks).
 */
record Attended(LocalDate from, LocalDate to, BigDecimal hours) {

    /**
     * Refuses (409) a document no attendance supports. A self-paced session may have no slots: it then runs from
     * the enrolment to today.
     *
     * @param minutes minutes attended (half-days present and self-paced time)
     */
    static Attended of(long minutes, Instant sessionStart, Instant sessionEnd, Instant enrolledAt, ZoneId zone,
            LocalDate today) {
        if (minutes == 0) {
            throw new ConflictException("training.certificate.no-attendance");
        }
        LocalDate from = (sessionStart == null ? enrolledAt : sessionStart).atZone(zone).toLocalDate();
        LocalDate to = sessionEnd == null ? today : sessionEnd.atZone(zone).toLocalDate();
        return new Attended(from, to, BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
    }
}
