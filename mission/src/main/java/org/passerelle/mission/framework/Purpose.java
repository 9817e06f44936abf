package org.passerelle.mission.framework;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "mission_purposes")
class Purpose extends TenantEntity {

    int number;

    @Column(nullable = false)
    String text;

    @Column(name = "adopted_on", nullable = false)
    LocalDate adoptedOn;

    @Column(name = "published_on")
    LocalDate publishedOn;

    PurposeView view() {
        return new PurposeView(id, number, text, adoptedOn, publishedOn, version);
    }
}
