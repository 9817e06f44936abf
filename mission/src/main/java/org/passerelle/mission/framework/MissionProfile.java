package org.passerelle.mission.framework;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The organisation's facts that the law's rules depend on. */
@Entity
@Table(name = "mission_profiles")
class MissionProfile {

    @Id
    @Column(name = "org_id")
    UUID orgId;

    @Column(name = "employee_count")
    int employeeCount;

    @Column(name = "three_year_oti")
    boolean threeYearOti;

    @Enumerated(EnumType.STRING)
    FrameworkKind kind = FrameworkKind.MISSION;

    @Version
    long version;

    ProfileView view() {
        return new ProfileView(kind, employeeCount, threeYearOti, employeeCount < ProfileView.SMALL_COMPANY,
                ProfileView.otiCadenceYears(employeeCount, threeYearOti), version);
    }
}
