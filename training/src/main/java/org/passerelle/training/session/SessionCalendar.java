package org.passerelle.training.session;

import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;

/**
 * A session as an iCalendar (RFC 5545) document, one event per half-day: a calendar that imported it updates its
 * events when the session changes (same UID, the session's version as SEQUENCE) or is cancelled.
 */
final class SessionCalendar {

    private SessionCalendar() {
    }

    static String of(Session session, String summary) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Passerelle//Training//FR");
        for (SessionSlot slot : session.slots) {
            VEvent event = new VEvent();
            event.setUid(slot.id + "@passerelle");
            event.setSummary(summary);
            event.setDateStart(Date.from(slot.startsAt));
            event.setDateEnd(Date.from(slot.endsAt));
            if (session.place != null) {
                event.setLocation(session.place);
            } else if (session.virtualRoomUrl != null) {
                event.setLocation(session.virtualRoomUrl);
            }
            if (session.virtualRoomUrl != null) {
                event.setUrl(session.virtualRoomUrl);
            }
            event.setStatus(session.status == SessionStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
            event.setSequence((int) session.version);
            ical.addEvent(event);
        }
        return Biweekly.write(ical).go();
    }
}
