package org.passerelle.mission.framework;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "mission_actions")
class YearAction extends TenantEntity {

    @Column(name = "objective_id", nullable = false)
    UUID objectiveId;

    int year;

    @Column(nullable = false)
    String planned;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Progress progress;

    Integer percent;

    String commentary;

    String means;

    @Column(name = "external_circumstances")
    String externalCircumstances;

    void apply(ActionData data) {
        planned = data.planned().strip();
        progress = data.progress();
        percent = data.percent();
        commentary = data.commentary();
        means = data.means();
        externalCircumstances = data.externalCircumstances();
    }

    ActionView view() {
        return new ActionView(id, objectiveId, year, planned, progress, percent, commentary, means,
                externalCircumstances, version);
    }
}
