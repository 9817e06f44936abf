package org.passerelle.core.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * French public holidays from Jollyday, which maintains the rules (Easter-based days, Whit Monday's
 * history, Alsace-Moselle's and overseas departments' extra days). A zone is {@code FR} or a
 * department as ISO 3166-2, e.g. {@code FR-57} for Moselle.
 */
@ApplicationScoped
public class PublicHolidays {

    public record Holiday(LocalDate date, String name) {
    }

    private final HolidayManager france = HolidayManager.getInstance(ManagerParameters.create("fr"));
    private final Map<String, List<Holiday>> cache = new ConcurrentHashMap<>();

    public static boolean isKnownZone(String zone) {
        return zone != null && zone.matches("FR(-(\\d{2,3}|2A|2B|69M))?");
    }

    public List<Holiday> of(String zone, int year, Locale locale) {
        return cache.computeIfAbsent(zone + "|" + year + "|" + locale.getLanguage(), k -> load(zone, year, locale));
    }

    public boolean isHoliday(String zone, LocalDate day) {
        return of(zone, day.getYear(), Locale.FRENCH).stream().anyMatch(h -> h.date().equals(day));
    }

    private List<Holiday> load(String zone, int year, Locale locale) {
        String[] subdivision = zone.contains("-") ? new String[] { zone.substring(3).toLowerCase(Locale.ROOT) }
                : new String[0];
        return france.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivision).stream()
                .sorted()
                .map(h -> new Holiday(h.getDate(), h.getDescription(locale)))
                .toList();
    }
}
