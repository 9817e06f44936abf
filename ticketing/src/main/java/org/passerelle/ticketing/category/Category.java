package org.passerelle.ticketing.category;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;
import org.passerelle.ticketing.ticket.Level;

/** A category of requests, routed to a team at a default level, linked to the service it is about. */
@Entity
@Table(name = "ticket_categories")
class Category extends TenantEntity {

    @Column(name = "parent_id")
    UUID parentId;

    @Column(nullable = false)
    String name;

    @Column(name = "team_id", nullable = false)
    UUID teamId;

    @Column(name = "service_id")
    UUID serviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_level", nullable = false)
    Level defaultLevel;

    @Column(nullable = false)
    boolean active = true;

    void apply(CategoryData data) {
        parentId = data.parentId();
        name = data.name().strip();
        teamId = data.teamId();
        serviceId = data.serviceId();
        defaultLevel = data.defaultLevel() == null ? Level.N1 : data.defaultLevel();
        active = data.active() == null || data.active();
    }

    CategoryView view() {
        return new CategoryView(id, parentId, name, teamId, serviceId, defaultLevel, active, version);
    }
}
