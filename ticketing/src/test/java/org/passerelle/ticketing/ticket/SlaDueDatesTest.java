package org.passerelle.ticketing.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.core.calendar.BusinessCalendar;
import org.passerelle.core.calendar.BusinessCalendar.Interval;

/** The agency's week: 8:30–12:30 and 13:30–17:30, Friday until 16:30; Easter Monday 2025 is 21 April. */
class SlaDueDatesTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    final BusinessCalendar agency = agency();

    @Test
    void four_business_hours_from_friday_16_00_are_due_monday_12_00() {
        // 30 minutes on Friday, then 3 h 30 on Monday morning.
        assertEquals(paris("2025-03-17T12:00"), SlaDueDates.due(agency, paris("2025-03-14T16:00"), 240, 0));
    }

    @Test
    void a_public_holiday_is_skipped() {
        // Friday 18 April 2025, then Easter Monday: the ticket is due on Tuesday.
        assertEquals(paris("2025-04-22T12:00"), SlaDueDates.due(agency, paris("2025-04-18T16:00"), 240, 0));
    }

    @Test
    void waiting_for_the_requester_is_not_counted() {
        Instant created = paris("2025-03-17T09:00");
        Instant waitingFrom = paris("2025-03-17T10:00");
        Instant answered = paris("2025-03-17T15:00");
        long waited = agency.between(waitingFrom, answered).toSeconds();
        assertEquals(Duration.ofHours(4), Duration.ofSeconds(waited));
        // 4 h target + 4 h waited = 8 business hours: Tuesday 9:00.
        assertEquals(paris("2025-03-18T09:00"), SlaDueDates.due(agency, created, 240, waited));
    }

    static BusinessCalendar agency() {
        Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, List.of(new Interval(LocalTime.of(8, 30), LocalTime.of(12, 30)),
                    new Interval(LocalTime.of(13, 30), d == DayOfWeek.FRIDAY ? LocalTime.of(16, 30) : LocalTime.of(17, 30))));
        }
        return new BusinessCalendar(PARIS, week, Set.of(LocalDate.of(2025, 4, 21))::contains);
    }

    static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }
}
