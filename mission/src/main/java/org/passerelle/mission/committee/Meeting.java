package org.passerelle.mission.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "mission_meetings")
class Meeting extends TenantEntity {

    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;

    @Column(nullable = false)
    String title;

    String agenda;

    String minutes;

    String decisions;

    @Column(nullable = false, columnDefinition = "uuid[]")
    UUID[] attendees = new UUID[0];

    void apply(MeetingData data) {
        heldOn = data.heldOn();
        title = data.title().strip();
        agenda = data.agenda();
        minutes = data.minutes();
        decisions = data.decisions();
        attendees = data.attendeeIds() == null ? new UUID[0] : data.attendeeIds().stream().distinct().toArray(UUID[]::new);
    }

    MeetingView view() {
        return new MeetingView(id, heldOn, title, agenda, minutes, decisions, List.of(attendees), version);
    }
}
