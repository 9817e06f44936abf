package org.passerelle.core.calendar;

import java.util.List;
import org.passerelle.core.persistence.Versioned;

public record CalendarView(String timeZone, String holidayZone, List<OpeningSlot> openingHours,
        List<ClosureDay> closures, long version) implements Versioned {
}
