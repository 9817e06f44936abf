package org.passerelle.mission.verification;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "mission_conclusions")
class ObjectiveConclusion extends TenantEntity {

    @Column(name = "verification_id", nullable = false)
    UUID verificationId;

    @Column(name = "objective_id", nullable = false)
    UUID objectiveId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ConclusionValue conclusion;

    String rationale;

    @Column(name = "concluded_by")
    UUID concludedBy;

    ConclusionView view() {
        return new ConclusionView(objectiveId, conclusion, rationale, concludedBy, updatedAt);
    }
}
