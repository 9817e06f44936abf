package org.passerelle.mission.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.mission.MissionPolicy;
import org.passerelle.mission.committee.CommitteeService;
import org.passerelle.mission.framework.FrameworkService;
import org.passerelle.mission.indicator.IndicatorService;
import org.passerelle.mission.sesame.SesameService;

/**
 * Builds the evidence package of a verification cycle from the records as they are, for a caller who sees the
 * cycle; Sésame results are left out of it until the caller may see them ({@link MissionPolicy}).
 */
@ApplicationScoped
public class EvidencePackageService {

    private final VerificationService verifications;
    private final FrameworkService framework;
    private final IndicatorService indicators;
    private final CommitteeService committee;
    private final SesameService sesame;
    private final MissionPolicy policy;

    EvidencePackageService(VerificationService verifications, FrameworkService framework, IndicatorService indicators,
            CommitteeService committee, SesameService sesame, MissionPolicy policy) {
        this.verifications = verifications;
        this.framework = framework;
        this.indicators = indicators;
        this.committee = committee;
        this.sesame = sesame;
        this.policy = policy;
    }

    public EvidencePackage build(OrgAccess caller, String organisation, UUID verificationId) {
        VerificationView v = verifications.get(caller, verificationId);
        UUID orgId = caller.orgId();
        List<Integer> years = VerificationService.years(v);
        LocalDate today = LocalDate.now(caller.zone());
        return new EvidencePackage(organisation, Instant.now(), v, framework.purposes(orgId), framework.objectives(orgId),
                years.stream().flatMap(y -> framework.actions(orgId, y).stream()).toList(),
                indicators.list(orgId).stream().map(i -> new EvidencePackage.IndicatorEvidence(i,
                        indicators.years(orgId, i.id(), today), indicators.measurements(orgId, i.id()))).toList(),
                committee.members(orgId),
                committee.meetings(orgId, null).stream()
                        .filter(m -> !m.heldOn().isBefore(v.periodFrom()) && !m.heldOn().isAfter(v.periodTo())).toList(),
                years.stream().filter(y -> sesame.exists(orgId, y))
                        .filter(y -> policy.maySeeSesameResults(caller, sesame.closed(orgId, y)))
                        .map(y -> new EvidencePackage.YearResults(y, sesame.results(orgId, y))).toList());
    }
}
