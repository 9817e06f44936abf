package org.passerelle.core.calendar;

import java.util.List;

public record CalendarView(String timeZone, String holidayZone, List<OpeningSlot> openingHours,
        List<ClosureDay> closures, long version) {
}
