package org.passerelle.training.session;

import java.time.LocalTime;

/** Half of a day: attendance is recorded per half-day. Morning slots start before 13:00, afternoon ones from 12:00. */
public enum Half {
    MORNING, AFTERNOON;

    private static final LocalTime NOON_END = LocalTime.of(13, 0);
    private static final LocalTime NOON_START = LocalTime.of(12, 0);

    /** Whether a slot starting at {@code start} is of this half (the hour from 12:00 to 13:00 may be either). */
    boolean admits(LocalTime start) {
        return this == MORNING ? start.isBefore(NOON_END) : !start.isBefore(NOON_START);
    }
}
