package org.passerelle.mission.sesame;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "mission_sesame_campaigns")
class Campaign extends TenantEntity {

    int year;

    @Column(name = "closed_at")
    Instant closedAt;
}
