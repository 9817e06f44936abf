package org.passerelle.training.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

/** The session's iCalendar document, read back as a calendar application would, without a database. */
class SessionCalendarTest {

    static Session session() {
        Session s = new Session();
        s.schedule(List.of(SessionTest.slot(Half.MORNING, "09:00", "12:30"),
                SessionTest.slot(Half.AFTERNOON, "13:30", "17:00")), SessionTest.PARIS);
        s.slots.forEach(slot -> slot.id = UUID.randomUUID());
        s.version = 3;
        return s;
    }

    static List<VEvent> events(Session s) {
        ICalendar ical = Biweekly.parse(SessionCalendar.of(s, "TAB-01 — Tableur ; formules, \"avancées\"")).first();
        return ical.getEvents();
    }

    @Test
    void one_event_per_half_day_updated_in_place_when_the_session_changes() {
        Session s = session();
        s.place = "Mairie de Linxe, salle 2";
        List<VEvent> events = events(s);
        assertEquals(2, events.size());
        VEvent morning = events.get(0);
        assertEquals(s.slots.get(0).id + "@passerelle", morning.getUid().getValue());
        assertEquals("TAB-01 — Tableur ; formules, \"avancées\"", morning.getSummary().getValue(), "escaped, read back");
        assertEquals(Date.from(s.slots.get(0).startsAt), morning.getDateStart().getValue());
        assertEquals(Date.from(s.slots.get(0).endsAt), morning.getDateEnd().getValue());
        assertEquals("Mairie de Linxe, salle 2", morning.getLocation().getValue());
        assertNull(morning.getUrl());
        assertEquals(3, morning.getSequence().getValue());
        assertEquals("CONFIRMED", morning.getStatus().getValue());
    }

    @Test
    void a_remote_session_gives_its_room_as_location_and_url_and_a_cancelled_one_cancels_its_events() {
        Session s = session();
        s.virtualRoomUrl = "https://visio.example.org/tab-01";
        s.status = SessionStatus.CANCELLED;
        for (VEvent event : events(s)) {
            assertEquals("https://visio.example.org/tab-01", event.getLocation().getValue());
            assertEquals("https://visio.example.org/tab-01", event.getUrl().getValue());
            assertEquals("CANCELLED", event.getStatus().getValue());
        }
    }
}
