package org.passerelle.core.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The clock of everything stored: PostgreSQL keeps microseconds, so an instant taken at nanosecond precision would be
 * answered one way by the request that writes it and another by every later read. Truncated here, at the source, a
 * POST and the GET after it show the same instant.
 */
public final class Instants {

    private Instants() {
    }

    /** Now, to the microsecond. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
