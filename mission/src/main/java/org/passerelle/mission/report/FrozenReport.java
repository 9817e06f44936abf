package org.passerelle.mission.report;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.passerelle.core.persistence.TenantEntity;

/** An approved report, kept exactly as it was approved. */
@Entity
@Table(name = "mission_reports")
class FrozenReport extends TenantEntity {

    int year;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    MissionReport content;

    @Column(name = "frozen_by")
    UUID frozenBy;
}
