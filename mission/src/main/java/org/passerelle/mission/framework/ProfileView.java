package org.passerelle.mission.framework;

import org.passerelle.core.persistence.Versioned;

/**
 * @param smallCompany    under 50 employees: a référent de mission may replace the committee
 * @param otiCadenceYears how often the OTI must verify: 2 years, 3 for a small company that asked for it
 */
public record ProfileView(FrameworkKind kind, int employeeCount, boolean threeYearOti, boolean smallCompany, int otiCadenceYears,
        long version) implements Versioned {

    static final int SMALL_COMPANY = 50;

    static int otiCadenceYears(int employees, boolean threeYearRequested) {
        return employees < SMALL_COMPANY && threeYearRequested ? 3 : 2;
    }
}
