package org.passerelle.core.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.passerelle.core.persistence.Instants;

/** The stored business calendar of one organisation (one row per organisation). */
@Entity
@Table(name = "business_calendars")
class CalendarSettings {

    @Id
    @Column(name = "org_id")
    UUID orgId;

    @Column(name = "holiday_zone", nullable = false)
    String holidayZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opening_hours", joinColumns = @JoinColumn(name = "org_id"))
    List<OpeningSlot> openingHours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "closure_days", joinColumns = @JoinColumn(name = "org_id"))
    List<ClosureDay> closures = new ArrayList<>();

    @Version
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instants.now();
    }
}
