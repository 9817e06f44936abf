package org.passerelle.core.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.passerelle.core.error.InvalidParameterException;

/** A reporting period of whole days, {@code from} and {@code to} both included. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null) {
            String missing = from == null ? "from" : "to";
            throw new InvalidParameterException(missing, "core.period.half-open", missing, from == null ? "to" : "from");
        }
        if (to.isBefore(from)) {
            throw new InvalidParameterException("to", "core.invalid-period", from, to);
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** First instant of the period in the organisation's time zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** First instant after the period (exclusive bound for queries). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The parameters of an organisation's usual SQL over the period: {@code ?1} the organisation, {@code ?2} and
     * {@code ?3} the instants the period starts and ends in {@code zone}.
     */
    public Object[] withOrg(UUID orgId, ZoneId zone) {
        return new Object[] {orgId, start(zone), end(zone)};
    }
}
