package org.passerelle.mission.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** The year's findings ("constats et amélioration continue"), written before the report is frozen. */
@Entity
@Table(name = "mission_report_notes")
class ReportNotes extends TenantEntity {

    int year;

    @Column(nullable = false)
    String findings;
}
