package org.passerelle.inclusion.equipment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.core.persistence.Where;
import org.passerelle.inclusion.InclusionPolicy;

/**
 * The people the programme helps. A member structure (a commune's CCAS, a France Services) refers them and its
 * contacts follow them; the team checks eligibility and records the signed charter.
 */
@ApplicationScoped
public class BeneficiaryService {

    static final String BENEFICIARY = "beneficiary";

    @ApplicationScoped
    static class Beneficiaries implements TenantRepository<Beneficiary> {
    }

    private final Beneficiaries beneficiaries;
    private final MemberService members;
    private final InclusionPolicy policy;

    BeneficiaryService(Beneficiaries beneficiaries, MemberService members, InclusionPolicy policy) {
        this.beneficiaries = beneficiaries;
        this.members = members;
        this.policy = policy;
    }

    /** The beneficiaries the caller follows, by name; {@code memberId} narrows the team's list to one structure. */
    public List<BeneficiaryView> list(OrgAccess caller, UUID memberId) {
        UUID referredBy = policy.beneficiariesOf(caller, memberId);
        Where w = Where.of("orgId = :orgId", "orgId", caller.orgId())
                .andIfGiven("memberId = :memberId", "memberId", referredBy);
        return beneficiaries.list("from EquipmentBeneficiary" + w.clause() + " order by lower(name), id", w.params())
                .stream().map(Beneficiary::view).toList();
    }

    public BeneficiaryView get(OrgAccess caller, UUID id) {
        Beneficiary b = beneficiaries.getInOrg(caller.orgId(), id, BENEFICIARY);
        policy.readBeneficiary(caller, BENEFICIARY, id, b.memberId);
        return b.view();
    }

    @Transactional
    public BeneficiaryView refer(OrgAccess caller, @Valid BeneficiaryData data) {
        UUID referredBy = policy.refer(caller, data.memberId());
        checkStructure(caller.orgId(), referredBy);
        Beneficiary b = new Beneficiary();
        b.orgId = caller.orgId();
        b.apply(data, referredBy);
        beneficiaries.persistAndFlush(b);
        return b.view();
    }

    @Transactional
    public BeneficiaryView update(OrgAccess caller, UUID id, long expectedVersion, @Valid BeneficiaryData data) {
        Beneficiary b = beneficiaries.getInOrg(caller.orgId(), id, BENEFICIARY);
        policy.manageBeneficiary(caller, BENEFICIARY, id, b.memberId);
        StaleVersionException.check(expectedVersion, b.version);
        checkStructure(caller.orgId(), data.memberId());
        b.apply(data, data.memberId());
        beneficiaries.flush();
        return b.view();
    }

    /** The beneficiary named by a loan, 422 naming {@code beneficiaryId} when absent from the organisation. */
    Beneficiary forLoan(UUID orgId, UUID id) {
        return beneficiaries.findInOrg(orgId, id).orElseThrow(() -> new RuleViolationException("beneficiaryId",
                "inclusion.loan.unknown-beneficiary", id));
    }

    Beneficiary get(UUID orgId, UUID id) {
        return beneficiaries.getInOrg(orgId, id, BENEFICIARY);
    }

    private void checkStructure(UUID orgId, UUID memberId) {
        if (memberId != null && !members.exists(orgId, memberId)) {
            throw new RuleViolationException("memberId", "inclusion.beneficiary.unknown-member", memberId);
        }
    }
}
