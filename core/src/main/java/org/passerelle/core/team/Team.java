package org.passerelle.core.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** A team ("pôle") that handles a family of requests and owns services. */
@Entity
@Table(name = "teams")
class Team extends TenantEntity {

    @Column(nullable = false)
    String name;

    String email;

    String description;

    void apply(TeamData data) {
        name = data.name().strip();
        email = data.email();
        description = data.description();
    }

    TeamView view() {
        return new TeamView(id, name, email, description, version);
    }
}
