package org.passerelle.mission.verification;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.mission.MissionPolicy;
import org.passerelle.mission.framework.FrameworkService;
import org.passerelle.mission.framework.ObjectiveView;

/**
 * OTI verification cycles (Code de commerce L210-10, R210-21): an independent third party verifies the
 * execution of the statutory objectives every two years (three, on request, under 50 employees) and concludes
 * on each: met, not met, or unable to conclude. Admins open cycles; only the auditor concludes and gives the
 * opinion ({@link MissionPolicy}).
 */
@ApplicationScoped
public class VerificationService {

    private static final String VERIFICATION = "verification";

    @ApplicationScoped
    static class Verifications implements TenantRepository<Verification> {
    }

    @ApplicationScoped
    static class Conclusions implements TenantRepository<ObjectiveConclusion> {
    }

    private final Verifications verifications;
    private final Conclusions conclusions;
    private final FrameworkService framework;
    private final MissionPolicy policy;

    VerificationService(Verifications verifications, Conclusions conclusions, FrameworkService framework,
            MissionPolicy policy) {
        this.verifications = verifications;
        this.conclusions = conclusions;
        this.framework = framework;
        this.policy = policy;
    }

    public List<VerificationView> list(OrgAccess caller) {
        policy.read(caller);
        return verifications.list("orgId = ?1 order by periodTo desc", caller.orgId()).stream().map(this::view)
                .toList();
    }

    public VerificationView get(OrgAccess caller, UUID id) {
        Verification v = load(caller.orgId(), id);
        policy.see(caller, VERIFICATION, id);
        return view(v);
    }

    @Transactional
    public VerificationView open(OrgAccess caller, @Valid VerificationData data) {
        policy.manage(caller);
        UUID orgId = caller.orgId();
        CyclePeriod period = CyclePeriod.of(data.periodFrom(), data.periodTo(),
                framework.profile(orgId).otiCadenceYears());
        Verification v = new Verification();
        v.orgId = orgId;
        v.periodFrom = period.from();
        v.periodTo = period.to();
        v.verifier = data.verifier().strip();
        v.dueOn = period.dueOn();
        verifications.persistAndFlush(v);
        return view(v);
    }

    /** The OTI's conclusion on one statutory objective; given again, it replaces the previous one. */
    @Transactional
    public VerificationView conclude(OrgAccess caller, UUID verificationId, UUID objectiveId,
            @Valid ConclusionData data) {
        UUID orgId = caller.orgId();
        Verification v = load(orgId, verificationId);
        policy.verify(caller, VERIFICATION, verificationId);
        ObjectiveView objective = framework.objectives(orgId).stream().filter(o -> o.id().equals(objectiveId))
                .findFirst().orElseThrow(() -> new RuleViolationException("objectiveId",
                        "mission.verification.unknown-objective", objectiveId));
        if (objective.operational()) {
            throw new RuleViolationException("objectiveId", "mission.verification.statutory-only", objective.code());
        }
        ObjectiveConclusion c = conclusions.find("verificationId = ?1 and objectiveId = ?2", v.id, objectiveId)
                .firstResultOptional().orElseGet(() -> {
                    ObjectiveConclusion n = new ObjectiveConclusion();
                    n.orgId = orgId;
                    n.verificationId = v.id;
                    n.objectiveId = objectiveId;
                    return n;
                });
        c.conclusion = data.conclusion();
        c.rationale = data.rationale();
        c.concludedBy = caller.personId();
        conclusions.persistAndFlush(c);
        return view(v);
    }

    @Transactional
    public VerificationView giveOpinion(OrgAccess caller, UUID verificationId, long expectedVersion, String opinion) {
        Verification v = load(caller.orgId(), verificationId);
        policy.verify(caller, VERIFICATION, verificationId);
        StaleVersionException.check(expectedVersion, v.version);
        v.opinion = opinion == null || opinion.isBlank() ? null : opinion.strip();
        verifications.flush();
        return view(v);
    }

    private VerificationView view(Verification v) {
        return v.view(conclusions.list("verificationId = ?1 order by createdAt", v.id).stream()
                .map(ObjectiveConclusion::view).toList());
    }

    private Verification load(UUID orgId, UUID id) {
        return verifications.getInOrg(orgId, id, VERIFICATION);
    }

    /** The years a cycle covers, for the evidence package. */
    public static List<Integer> years(VerificationView v) {
        return new CyclePeriod(v.periodFrom(), v.periodTo()).years();
    }
}
