package org.passerelle.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final BusinessCalendar.Interval MORNING = new BusinessCalendar.Interval(LocalTime.of(8, 30), LocalTime.of(12, 30));
    static final BusinessCalendar.Interval AFTERNOON = new BusinessCalendar.Interval(LocalTime.of(13, 30), LocalTime.of(17, 30));

    final BusinessCalendar weekdays = new BusinessCalendar(PARIS, Map.of(
            DayOfWeek.MONDAY, List.of(AFTERNOON, MORNING), DayOfWeek.TUESDAY, List.of(MORNING, AFTERNOON),
            DayOfWeek.WEDNESDAY, List.of(MORNING, AFTERNOON), DayOfWeek.THURSDAY, List.of(MORNING, AFTERNOON),
            DayOfWeek.FRIDAY, List.of(MORNING, AFTERNOON)),
            Set.of(LocalDate.of(2025, 11, 11))::contains);

    @Test
    void a_full_week_is_forty_hours() {
        assertEquals(Duration.ofHours(40), weekdays.between(paris("2025-03-03T00:00"), paris("2025-03-10T00:00")));
    }

    @Test
    void time_outside_opening_hours_does_not_count() {
        assertEquals(Duration.ZERO, weekdays.between(paris("2025-03-03T12:30"), paris("2025-03-03T13:30")));
        assertEquals(Duration.ZERO, weekdays.between(paris("2025-03-08T09:00"), paris("2025-03-09T18:00")));
        assertEquals(Duration.ofMinutes(90), weekdays.between(paris("2025-03-03T12:00"), paris("2025-03-03T14:30")));
    }

    @Test
    void closed_days_do_not_count() {
        // Tuesday 11 November 2025 (Armistice) is closed.
        assertEquals(Duration.ofHours(4), weekdays.between(paris("2025-11-11T00:00"), paris("2025-11-12T12:30")));
    }

    @Test
    void reversed_bounds_give_zero() {
        assertEquals(Duration.ZERO, weekdays.between(paris("2025-03-04T10:00"), paris("2025-03-03T10:00")));
    }

    @Test
    void adding_business_hours_starts_at_the_next_opening() {
        assertEquals(paris("2025-03-10T10:30"), weekdays.plus(paris("2025-03-08T15:00"), Duration.ofHours(2)));
        assertEquals(paris("2025-03-04T08:30"), weekdays.plus(paris("2025-03-03T17:30"), Duration.ZERO));
        assertEquals(paris("2025-03-03T17:30"), weekdays.plus(paris("2025-03-03T16:30"), Duration.ofHours(1)));
        assertEquals(paris("2025-03-04T09:30"), weekdays.plus(paris("2025-03-03T16:30"), Duration.ofHours(2)));
    }

    @Test
    void plus_and_between_agree_across_a_daylight_saving_change() {
        // The clocks go forward on Sunday 30 March 2025: opening hours stay in local time.
        Instant start = paris("2025-03-28T16:00");
        Instant due = weekdays.plus(start, Duration.ofHours(10));
        // Friday 16:00–17:30, Monday's 8 hours, then half an hour on Tuesday.
        assertEquals(paris("2025-04-01T09:00"), due);
        assertEquals(Duration.ofHours(10), weekdays.between(start, due));
    }

    @Test
    void a_calendar_that_never_opens_is_refused_rather_than_looping() {
        BusinessCalendar never = new BusinessCalendar(PARIS, Map.of(), d -> false);
        assertThrows(IllegalStateException.class, () -> never.plus(Instant.now(), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar.Interval(LocalTime.NOON, LocalTime.NOON));
    }

    static Instant paris(String local) {
        return java.time.LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }
}
