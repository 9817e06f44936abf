package org.passerelle.inclusion.equipment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.core.persistence.Where;
import org.passerelle.core.training.TrainingPaths;
import org.passerelle.core.training.TrainingPaths.PathStep;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.inclusion.InclusionPolicy;

/**
 * Devices lent to beneficiaries for a training path (one or more enrolments of the training module, known by id
 * through {@link TrainingPaths}). The team closes a loan explicitly: {@code complete} checks that every enrolment
 * of the path is completed, then {@code transfer} hands the device over for good; a path given up is
 * {@code abandon}ed and the device {@code return}ed to stock.
 */
@ApplicationScoped
public class LoanService {

    static final String LOAN = "loan";

    @ApplicationScoped
    static class Loans implements TenantRepository<Loan> {
    }

    private final Loans loans;
    private final EquipmentService equipment;
    private final BeneficiaryService beneficiaries;
    private final TrainingPaths paths;
    private final WebhookPublisher webhooks;
    private final EntityManager em;
    private final InclusionPolicy policy;

    LoanService(Loans loans, EquipmentService equipment, BeneficiaryService beneficiaries, TrainingPaths paths,
            WebhookPublisher webhooks, EntityManager em, InclusionPolicy policy) {
        this.loans = loans;
        this.equipment = equipment;
        this.beneficiaries = beneficiaries;
        this.paths = paths;
        this.webhooks = webhooks;
        this.em = em;
        this.policy = policy;
    }

    /** The loans the caller follows (a structure's contact: those of the beneficiaries it referred), newest first. */
    public List<LoanView> list(OrgAccess caller, UUID beneficiaryId, LoanStatus status) {
        UUID referredBy = policy.beneficiariesOf(caller, null);
        Where w = Where.of("l.orgId = :orgId", "orgId", caller.orgId())
                .andIfGiven("l.beneficiaryId = :beneficiaryId", "beneficiaryId", beneficiaryId)
                .andIfGiven("l.status = :status", "status", status)
                .andIfGiven("b.memberId = :memberId", "memberId", referredBy);
        return loans.list("select l from EquipmentLoan l join EquipmentBeneficiary b on b.orgId = l.orgId"
                + " and b.id = l.beneficiaryId" + w.clause() + " order by l.lentOn desc, l.id", w.params()).stream()
                .map(l -> view(l, null)).toList();
    }

    /** A loan with its path's progress as the training module knows it now. */
    public LoanView get(OrgAccess caller, UUID id) {
        Loan l = visible(caller, id);
        return view(l, path(l));
    }

    /**
     * Lends a device: the beneficiary signed the charter (422), the device is in stock (409), the path's
     * enrolments exist in the organisation, belong to one learner — the beneficiary, once known — and none has
     * ended without completion (422).
     */
    @Transactional
    public LoanView lend(OrgAccess caller, @Valid LoanData data) {
        policy.lend(caller);
        UUID orgId = caller.orgId();
        Beneficiary b = beneficiaries.forLoan(orgId, data.beneficiaryId());
        if (b.charterSignedOn == null) {
            throw new RuleViolationException("beneficiaryId", "inclusion.loan.charter-not-signed", b.name);
        }
        Set<UUID> asked = new LinkedHashSet<>(data.enrolmentIds());
        List<PathStep> steps = paths.steps(orgId, asked);
        checkPath(b, asked, steps);
        b.personId = steps.get(0).learnerId();
        Item item = equipment.lockedForLoan(orgId, data.itemId());
        item.leaveStock(ItemState.LENT);
        Loan l = new Loan();
        l.orgId = orgId;
        l.itemId = item.id;
        l.beneficiaryId = b.id;
        l.enrolmentIds = asked.toArray(UUID[]::new);
        l.status = LoanStatus.ACTIVE;
        l.lentOn = data.lentOn() == null ? LocalDate.now(caller.zone()) : data.lentOn();
        l.note = data.note();
        loans.persistAndFlush(l);
        LoanView view = view(l, PathView.of(steps));
        webhooks.publish(orgId, EquipmentEventTypes.LOAN_STARTED, view);
        return view;
    }

    /** The path is completed: every enrolment of it is (409 naming those that are not). */
    @Transactional
    public LoanView complete(OrgAccess caller, UUID id, long expectedVersion, LoanStepData step) {
        Loan l = forAction(caller, id, expectedVersion);
        PathView path = path(l);
        if (l.status == LoanStatus.ACTIVE && !path.completed()) {
            List<String> pending = path.steps().stream().filter(s -> !s.completed())
                    .map(s -> s.courseTitle() + " (" + s.status() + ")").toList();
            throw new ConflictException("inclusion.loan.path-not-completed", String.join(", ", pending));
        }
        return move(caller, l, LoanStatus.COMPLETED, step, path);
    }

    /** The device becomes the beneficiary's, once the path is completed. */
    @Transactional
    public LoanView transfer(OrgAccess caller, UUID id, long expectedVersion, LoanStepData step) {
        Loan l = forAction(caller, id, expectedVersion);
        LoanView view = move(caller, l, LoanStatus.TRANSFERRED, step, path(l));
        equipment.item(l.orgId, l.itemId).state = ItemState.TRANSFERRED;
        return view;
    }

    /** The path is given up (whatever its enrolments say): the device is to come back. */
    @Transactional
    public LoanView abandon(OrgAccess caller, UUID id, long expectedVersion, LoanStepData step) {
        Loan l = forAction(caller, id, expectedVersion);
        return move(caller, l, LoanStatus.ABANDONED, step, path(l));
    }

    /** The device is back in stock (state RETURNED), to be lent again or written off. */
    @Transactional
    public LoanView giveBack(OrgAccess caller, UUID id, long expectedVersion, LoanStepData step) {
        Loan l = forAction(caller, id, expectedVersion);
        LoanView view = move(caller, l, LoanStatus.RETURNED, step, path(l));
        equipment.item(l.orgId, l.itemId).state = ItemState.RETURNED;
        return view;
    }

    /** What the follow-up sheet states: the loan with its path, the beneficiary, the device. */
    FollowUp followUp(OrgAccess caller, UUID id) {
        Loan l = visible(caller, id);
        Beneficiary b = beneficiaries.get(l.orgId, l.beneficiaryId);
        return new FollowUp(view(l, path(l)), b.view(), equipment.item(l.orgId, l.itemId).view());
    }

    record FollowUp(LoanView loan, BeneficiaryView beneficiary, ItemView item) {
    }

    private Loan visible(OrgAccess caller, UUID id) {
        Loan l = loans.getInOrg(caller.orgId(), id, LOAN);
        policy.readBeneficiary(caller, LOAN, id, beneficiaries.get(l.orgId, l.beneficiaryId).memberId);
        return l;
    }

    /** The loan of an action, locked: 404 if invisible, 403 unless the team, 412 if stale; states (409) after. */
    private Loan forAction(OrgAccess caller, UUID id, long expectedVersion) {
        Loan l = loans.getInOrg(caller.orgId(), id, LOAN);
        policy.manageBeneficiary(caller, LOAN, id, beneficiaries.get(l.orgId, l.beneficiaryId).memberId);
        // Two actions on the same loan run one after the other, and the second sees the first.
        em.lock(l, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(l);
        StaleVersionException.check(expectedVersion, l.version);
        return l;
    }

    private LoanView move(OrgAccess caller, Loan l, LoanStatus target, LoanStepData step, PathView path) {
        LoanStepData s = step == null ? LoanStepData.NONE : step;
        l.transition(target, s.on() == null ? LocalDate.now(caller.zone()) : s.on(), s.note());
        loans.flush();
        LoanView view = view(l, path);
        webhooks.publish(l.orgId, EquipmentEventTypes.of(target), view);
        return view;
    }

    private static void checkPath(Beneficiary b, Set<UUID> asked, List<PathStep> steps) {
        List<UUID> unknown = new ArrayList<>(asked);
        steps.forEach(s -> unknown.remove(s.enrolmentId()));
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("enrolmentIds", "inclusion.loan.unknown-enrolment", unknown.get(0));
        }
        UUID learner = b.personId == null ? steps.get(0).learnerId() : b.personId;
        if (steps.stream().anyMatch(s -> !s.learnerId().equals(learner))) {
            throw new RuleViolationException("enrolmentIds", "inclusion.loan.another-learner", b.name);
        }
        steps.stream().filter(PathStep::ended).findFirst().ifPresent(s -> {
            throw new RuleViolationException("enrolmentIds", "inclusion.loan.enrolment-ended", s.courseTitle(),
                    s.status());
        });
    }

    private PathView path(Loan l) {
        return PathView.of(paths.steps(l.orgId, l.enrolments()));
    }

    private LoanView view(Loan l, PathView path) {
        Beneficiary b = beneficiaries.get(l.orgId, l.beneficiaryId);
        return l.view(equipment.item(l.orgId, l.itemId).view(), b.view(), path);
    }
}
