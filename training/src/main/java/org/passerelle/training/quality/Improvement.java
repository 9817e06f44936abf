package org.passerelle.training.quality;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "training_improvements")
class Improvement extends TenantEntity {

    String title;
    String description;

    @Enumerated(EnumType.STRING)
    ImprovementData.Origin origin;

    @Column(name = "complaint_id")
    UUID complaintId;

    @Enumerated(EnumType.STRING)
    ImprovementData.Status status;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "done_on")
    LocalDate doneOn;

    void apply(ImprovementData d) {
        title = d.title().strip();
        description = d.description();
        origin = d.origin();
        complaintId = d.complaintId();
        status = d.status();
        dueOn = d.dueOn();
        doneOn = d.doneOn();
    }

    ImprovementView view() {
        return new ImprovementView(id, title, description, origin, complaintId, status, dueOn, doneOn, version);
    }
}
