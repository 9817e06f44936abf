package org.passerelle.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.Nullable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.core.CorePolicy;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.cache.ChangeAwareCache;
import org.passerelle.core.error.InvalidParameterException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.organisation.OrganisationCreated;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationUpdated;
import org.passerelle.core.persistence.Instants;

/** Stores each organisation's calendar and builds the {@link BusinessCalendar} that computes with it. */
@ApplicationScoped
public class CalendarService {

    /** A French office's usual week until the organisation sets its own. */
    static final List<OpeningSlot> DEFAULT_WEEK = weekdays(LocalTime.of(9, 0), LocalTime.of(12, 30),
            LocalTime.of(13, 30), LocalTime.of(17, 30));

    private final EntityManager em;
    private final OrganisationService organisations;
    private final PublicHolidays holidays;
    private final CorePolicy policy;
    /** Every ticket creation computes its due dates with its organisation's calendar: read once, kept until changed. */
    private final ChangeAwareCache<UUID, BusinessCalendar> calendars;

    CalendarService(EntityManager em, OrganisationService organisations, PublicHolidays holidays, CorePolicy policy,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "passerelle.calendar.cache-ttl", defaultValue = "5M") Duration ttl) {
        this.em = em;
        this.organisations = organisations;
        this.holidays = holidays;
        this.policy = policy;
        this.calendars = new ChangeAwareCache<>(transactions, ttl, 10_000);
    }

    /** The time zone of the organisation is part of its business calendar. */
    void onOrganisationUpdated(@Observes OrganisationUpdated event) {
        calendars.changed();
    }

    void onOrganisationCreated(@Observes OrganisationCreated event) {
        CalendarSettings settings = new CalendarSettings();
        settings.orgId = event.orgId();
        settings.holidayZone = "FR";
        settings.openingHours = new ArrayList<>(DEFAULT_WEEK);
        em.persist(settings);
    }

    public CalendarView get(OrgAccess caller) {
        policy.readCatalogue(caller);
        return view(load(caller.orgId()));
    }

    @Transactional
    public CalendarView replace(OrgAccess caller, long expectedVersion, @Valid CalendarData data) {
        policy.manageCalendar(caller);
        CalendarSettings settings = load(caller.orgId());
        StaleVersionException.check(expectedVersion, settings.version);
        validate(data);
        settings.holidayZone = data.holidayZone();
        settings.openingHours = new ArrayList<>(data.openingHours());
        settings.closures = data.closures() == null ? new ArrayList<>() : new ArrayList<>(data.closures());
        // Dirty the row itself so that its version moves even when only the collections changed.
        settings.updatedAt = Instants.now();
        em.flush();
        calendars.changed();
        return view(settings);
    }

    /** Business time between two instants (at most ten years apart) in the caller's organisation. */
    public Duration businessDuration(OrgAccess caller, Instant from, Instant to) {
        policy.readCatalogue(caller);
        if (Duration.between(from, to).toDays() > 3660) {
            throw new InvalidParameterException("to", "core.invalid-period", from, to);
        }
        return businessCalendar(caller.orgId()).between(from, to);
    }

    /** The instant when {@code businessTime} after {@code from} is over in the caller's organisation. */
    public Instant businessDeadline(OrgAccess caller, Instant from, Duration businessTime) {
        policy.readCatalogue(caller);
        return businessCalendar(caller.orgId()).plus(from, businessTime);
    }

    /** The organisation's business calendar, ready to compute durations and due dates (for other modules' code). */
    public BusinessCalendar businessCalendar(UUID orgId) {
        return calendars.get(orgId, () -> read(orgId));
    }

    private BusinessCalendar read(UUID orgId) {
        CalendarSettings settings = load(orgId);
        Map<DayOfWeek, List<BusinessCalendar.Interval>> hours = new EnumMap<>(DayOfWeek.class);
        for (OpeningSlot slot : settings.openingHours) {
            hours.computeIfAbsent(slot.day(), d -> new ArrayList<>())
                    .add(new BusinessCalendar.Interval(slot.opens(), slot.closes()));
        }
        Set<LocalDate> closures = settings.closures.stream().map(ClosureDay::date).collect(Collectors.toSet());
        String zone = settings.holidayZone;
        return new BusinessCalendar(organisations.get(orgId).zone(), hours,
                day -> closures.contains(day) || holidays.isHoliday(zone, day));
    }

    /**
     * Days off in a year (default: the current one in the organisation's time zone): public holidays of the
     * organisation's zone and its own closures.
     */
    public List<DayOff> daysOff(OrgAccess caller, Integer year, Locale locale) {
        policy.readCatalogue(caller);
        CalendarSettings settings = load(caller.orgId());
        int y = year == null ? LocalDate.now(caller.zone()).getYear() : year;
        return daysOff(settings, y, locale);
    }

    private List<DayOff> daysOff(CalendarSettings settings, int year, Locale locale) {
        List<DayOff> days = new ArrayList<>();
        holidays.of(settings.holidayZone, year, locale)
                .forEach(h -> days.add(new DayOff(h.date(), h.name(), DayOff.Kind.PUBLIC_HOLIDAY)));
        settings.closures.stream().filter(c -> c.date().getYear() == year)
                .forEach(c -> days.add(new DayOff(c.date(), c.label(), DayOff.Kind.CLOSURE)));
        days.sort(Comparator.comparing(DayOff::date));
        return days;
    }

    public record DayOff(LocalDate date, @Nullable String label, Kind kind) {
        @Schema(name = "DayOffKind")
        public enum Kind {
            PUBLIC_HOLIDAY, CLOSURE
        }
    }

    private CalendarSettings load(UUID orgId) {
        CalendarSettings settings = em.find(CalendarSettings.class, orgId);
        if (settings == null) {
            throw new NotFoundException("calendar", orgId);
        }
        return settings;
    }

    private static void validate(CalendarData data) {
        if (!PublicHolidays.isKnownZone(data.holidayZone())) {
            throw new RuleViolationException("holidayZone", "core.calendar.unknown-zone", data.holidayZone());
        }
        Map<DayOfWeek, List<OpeningSlot>> byDay = data.openingHours().stream()
                .collect(Collectors.groupingBy(OpeningSlot::day));
        for (List<OpeningSlot> slots : byDay.values()) {
            List<OpeningSlot> sorted = slots.stream().sorted(Comparator.comparing(OpeningSlot::opens)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                OpeningSlot slot = sorted.get(i);
                if (!slot.opens().isBefore(slot.closes())) {
                    throw new RuleViolationException("openingHours", "core.calendar.slot-order", slot.day(),
                            slot.opens(), slot.closes());
                }
                if (i > 0 && slot.opens().isBefore(sorted.get(i - 1).closes())) {
                    throw new RuleViolationException("openingHours", "core.calendar.slot-overlap", slot.day());
                }
            }
        }
        if (data.closures() != null
                && data.closures().stream().map(ClosureDay::date).distinct().count() != data.closures().size()) {
            throw new RuleViolationException("closures", "core.calendar.duplicate-closure");
        }
    }

    private CalendarView view(CalendarSettings s) {
        return new CalendarView(organisations.get(s.orgId).timeZone(), s.holidayZone,
                s.openingHours.stream().sorted(Comparator.comparing(OpeningSlot::day)
                        .thenComparing(OpeningSlot::opens)).toList(),
                s.closures.stream().sorted(Comparator.comparing(ClosureDay::date)).toList(), s.version);
    }

    static List<OpeningSlot> weekdays(LocalTime amOpens, LocalTime amCloses, LocalTime pmOpens, LocalTime pmCloses) {
        List<OpeningSlot> week = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.add(new OpeningSlot(d, amOpens, amCloses));
            week.add(new OpeningSlot(d, pmOpens, pmCloses));
        }
        return week;
    }
}
