package org.passerelle.inclusion.diagnostic;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "inclusion_diagnostic_campaigns")
class DiagnosticCampaign extends TenantEntity {

    @Column(name = "member_id")
    UUID memberId;

    String title;

    @Column(name = "closed_at")
    Instant closedAt;
}
