package org.passerelle.ticketing.ticket;

import java.time.Duration;
import java.time.Instant;

import org.passerelle.core.calendar.BusinessCalendar;

/** Due dates counted in business time from the ticket's start, pushed back by the business time spent waiting. */
final class SlaDueDates {

    private SlaDueDates() {
    }

    static Instant due(BusinessCalendar calendar, Instant start, int targetMinutes, long pausedBusinessSeconds) {
        return calendar.plus(start, Duration.ofMinutes(targetMinutes).plusSeconds(pausedBusinessSeconds));
    }
}
