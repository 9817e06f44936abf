package org.passerelle.mission.indicator;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "mission_measurements")
class Measurement extends TenantEntity {

    @Column(name = "indicator_id", nullable = false)
    UUID indicatorId;

    int year;

    BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Origin origin;

    @Column(name = "evidence_url")
    String evidenceUrl;

    String note;

    @JdbcTypeCode(SqlTypes.JSON)
    SnapshotProvenance provenance;

    @Column(name = "recorded_by")
    UUID recordedBy;

    @Column(name = "evidence_filename")
    String evidenceFilename;

    @Column(name = "evidence_type")
    String evidenceType;

    /** Loaded only to download it. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "evidence_data")
    byte[] evidenceData;

    MeasurementView view() {
        return new MeasurementView(id, indicatorId, year, value, origin, evidenceUrl, note, provenance,
                evidenceFilename, recordedBy, createdAt);
    }
}
