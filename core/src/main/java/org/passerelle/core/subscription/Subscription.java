package org.passerelle.core.subscription;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** A member's subscription to a service over a date range ({@code endsOn} inclusive, open when null). */
@Entity
@Table(name = "subscriptions")
class Subscription extends TenantEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    UUID memberId;

    @Column(name = "service_id", nullable = false, updatable = false)
    UUID serviceId;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Column(name = "ends_on")
    LocalDate endsOn;

    boolean activeOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return (endsOn == null || !endsOn.isBefore(from)) && (to == null || !startsOn.isAfter(to));
    }
}
