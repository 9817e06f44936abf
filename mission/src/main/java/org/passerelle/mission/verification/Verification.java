package org.passerelle.mission.verification;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "mission_verifications")
class Verification extends TenantEntity {

    @Column(name = "period_from", nullable = false)
    LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    LocalDate periodTo;

    @Column(nullable = false)
    String verifier;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    String opinion;

    VerificationView view(List<ConclusionView> conclusions) {
        return new VerificationView(id, periodFrom, periodTo, verifier, dueOn, opinion, conclusions, version);
    }
}
