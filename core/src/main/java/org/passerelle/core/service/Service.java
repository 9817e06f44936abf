package org.passerelle.core.service;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** A service ("prestation") that members subscribe to, owned by a team. */
@Entity
@Table(name = "services")
class Service extends TenantEntity {

    @Column(nullable = false)
    String code;

    @Column(nullable = false)
    String name;

    String description;

    @Column(name = "team_id", nullable = false)
    UUID teamId;

    @Column(nullable = false)
    boolean active = true;

    void apply(ServiceData data) {
        code = data.code();
        name = data.name().strip();
        description = data.description();
        teamId = data.teamId();
        active = data.active() == null || data.active();
    }

    ServiceView view() {
        return new ServiceView(id, code, name, description, teamId, active, version);
    }
}
