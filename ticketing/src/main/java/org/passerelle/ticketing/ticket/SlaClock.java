package org.passerelle.ticketing.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.passerelle.core.calendar.BusinessCalendar;
import org.passerelle.ticketing.settings.Priority;
import org.passerelle.ticketing.settings.TicketingSettings;

/**
 * The SLA arithmetic of one organisation, pure: its business calendar and its ticketing rules. Targets count in
 * business time from the start of the SLA, pushed back by the business time spent waiting for the requester.
 * (Not named {@code Sla}: OpenAPI schemas go by simple name, and {@code TicketStatistics.Sla} is one.)
 */
record SlaClock(BusinessCalendar calendar, TicketingSettings rules) {

    Instant firstResponseDue(Priority priority, Level level, Instant start) {
        return SlaDueDates.due(calendar, start, rules.target(priority, level).firstResponseMinutes(), 0);
    }

    /** Null while the SLA has not started (a purchase order awaiting approval). */
    Instant resolutionDue(Priority priority, Level level, Instant start, long pausedBusinessSeconds) {
        return start == null ? null
                : SlaDueDates.due(calendar, start, rules.target(priority, level).resolutionMinutes(), pausedBusinessSeconds);
    }

    Duration businessTime(Instant from, Instant to) {
        return calendar.between(from, to);
    }

    /**
     * The end of the window in which a resolved ticket may be reopened: the end of the N-th business day after
     * the day of resolution (N = {@link TicketingSettings#autoCloseBusinessDays}).
     */
    Instant closingDeadline(Instant resolvedAt) {
        LocalDate day = resolvedAt.atZone(calendar.zone()).toLocalDate();
        for (int counted = 0; counted < rules.autoCloseBusinessDays();) {
            day = day.plusDays(1);
            if (calendar.isBusinessDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }
}
