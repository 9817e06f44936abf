package org.passerelle.inclusion.diagnostic;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "inclusion_diagnostic_participants")
class Participant extends TenantEntity {

    @Column(name = "campaign_id")
    UUID campaignId;

    @Column(name = "person_id")
    UUID personId;
}
