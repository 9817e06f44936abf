package org.passerelle.mission.framework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param kind          MISSION (société à mission, the default) or EXTRA_FINANCIAL (free-form pillars)
 * @param employeeCount headcount: under 50 a single référent may replace the committee and the OTI may
 *                      verify every three years on request (Code de commerce L210-12, R210-21)
 * @param threeYearOti  whether the company asked for the three-year verification cadence
 */
public record ProfileData(FrameworkKind kind, @NotNull @Min(0) @Max(10_000_000) Integer employeeCount, boolean threeYearOti) {
}
