package org.passerelle.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Business time of one organisation: opening intervals per weekday, in the organisation's time zone,
 * minus closed days (public holidays and closures). Pure computation, no I/O: SLA due dates and
 * processing-time statistics are computed with it.
 */
public final class BusinessCalendar {

    /** How far {@link #plus} looks ahead before deciding the calendar never opens. */
    private static final int MAX_DAYS_AHEAD = 366 * 5;

    public record Interval(LocalTime opens, LocalTime closes) {
        public Interval {
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("An interval opens before it closes: " + opens + "-" + closes);
            }
        }

        Duration length() {
            return Duration.between(opens, closes);
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Interval>> hours;
    private final Predicate<LocalDate> closed;

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Interval>> hours, Predicate<LocalDate> closed) {
        this.zone = zone;
        this.hours = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, intervals) -> this.hours.put(day,
                intervals.stream().sorted((a, b) -> a.opens().compareTo(b.opens())).toList()));
        this.closed = closed;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isBusinessDay(LocalDate day) {
        return !intervalsOn(day).isEmpty();
    }

    /** Business time elapsed between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval interval : intervalsOn(day)) {
                Instant start = max(from, at(day, interval.opens()));
                Instant end = min(to, at(day, interval.closes()));
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The instant when {@code amount} of business time has passed since {@code start}. A start outside
     * opening hours counts from the next opening; a result that falls exactly on a closing time stays there.
     */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Business time cannot be negative: " + amount);
        }
        Duration remaining = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
            for (Interval interval : intervalsOn(day)) {
                Instant opens = max(start, at(day, interval.opens()));
                Instant closes = at(day, interval.closes());
                if (!closes.isAfter(opens)) {
                    continue;
                }
                Duration available = Duration.between(opens, closes);
                if (available.compareTo(remaining) >= 0) {
                    return opens.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("The calendar has no opening hours in the next " + MAX_DAYS_AHEAD + " days");
    }

    private List<Interval> intervalsOn(LocalDate day) {
        if (closed.test(day)) {
            return List.of();
        }
        return hours.getOrDefault(day.getDayOfWeek(), List.of());
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
