package org.passerelle.inclusion.diagnostic;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "inclusion_diagnostic_proposals")
class Proposal extends TenantEntity {

    @Column(name = "campaign_id")
    UUID campaignId;

    @Column(name = "participant_id")
    UUID participantId;

    String competence;

    @Column(name = "course_id")
    UUID courseId;

    @Column(name = "enrolment_id")
    UUID enrolmentId;

    @Column(name = "accepted_at")
    Instant acceptedAt;
}
