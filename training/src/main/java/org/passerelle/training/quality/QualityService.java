package org.passerelle.training.quality;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.training.TrainingPolicy;

/** The complaints and incidents register and the improvement actions they and others prompt. */
@ApplicationScoped
public class QualityService {

    @ApplicationScoped
    static class Complaints implements TenantRepository<Complaint> {
    }

    @ApplicationScoped
    static class Improvements implements TenantRepository<Improvement> {
    }

    private final Complaints complaints;
    private final Improvements improvements;
    private final TrainingPolicy policy;

    QualityService(Complaints complaints, Improvements improvements, TrainingPolicy policy) {
        this.complaints = complaints;
        this.improvements = improvements;
        this.policy = policy;
    }

    public List<ComplaintView> complaints(OrgAccess caller) {
        policy.listRegister(caller);
        return complaints.list("orgId = ?1 order by receivedOn desc, createdAt desc", caller.orgId()).stream()
                .map(Complaint::view).toList();
    }

    public ComplaintView complaint(OrgAccess caller, UUID id) {
        Complaint c = complaints.getInOrg(caller.orgId(), id, "complaint");
        policy.readRegisterEntry(caller, "complaint", id);
        return c.view();
    }

    @Transactional
    public ComplaintView record(OrgAccess caller, @Valid ComplaintData data) {
        policy.writeRegister(caller);
        check(data);
        Complaint c = new Complaint();
        c.orgId = caller.orgId();
        c.apply(data);
        complaints.persistAndFlush(c);
        return c.view();
    }

    @Transactional
    public ComplaintView update(OrgAccess caller, UUID id, long expectedVersion, @Valid ComplaintData data) {
        Complaint c = complaints.getInOrg(caller.orgId(), id, "complaint");
        policy.changeRegisterEntry(caller, "complaint", id);
        StaleVersionException.check(expectedVersion, c.version);
        check(data);
        c.apply(data);
        complaints.flush();
        return c.view();
    }

    public List<ImprovementView> improvements(OrgAccess caller) {
        policy.listRegister(caller);
        return improvements.list("orgId = ?1 order by createdAt desc", caller.orgId()).stream().map(Improvement::view)
                .toList();
    }

    public ImprovementView improvement(OrgAccess caller, UUID id) {
        Improvement i = improvements.getInOrg(caller.orgId(), id, "improvement");
        policy.readRegisterEntry(caller, "improvement", id);
        return i.view();
    }

    @Transactional
    public ImprovementView plan(OrgAccess caller, @Valid ImprovementData data) {
        policy.writeRegister(caller);
        check(caller.orgId(), data);
        Improvement i = new Improvement();
        i.orgId = caller.orgId();
        i.apply(data);
        improvements.persistAndFlush(i);
        return i.view();
    }

    @Transactional
    public ImprovementView update(OrgAccess caller, UUID id, long expectedVersion, @Valid ImprovementData data) {
        Improvement i = improvements.getInOrg(caller.orgId(), id, "improvement");
        policy.changeRegisterEntry(caller, "improvement", id);
        StaleVersionException.check(expectedVersion, i.version);
        check(caller.orgId(), data);
        i.apply(data);
        improvements.flush();
        return i.view();
    }

    private static void check(ComplaintData d) {
        if (d.status() != ComplaintData.Status.OPEN && (d.answer() == null || d.answer().isBlank())) {
            throw new RuleViolationException("answer", "training.complaint.answer-needed", d.status());
        }
        if (d.answeredOn() != null && d.answeredOn().isBefore(d.receivedOn())) {
            throw new RuleViolationException("answeredOn", "training.complaint.answered-before-received");
        }
    }

    private void check(UUID orgId, ImprovementData d) {
        if ((d.origin() == ImprovementData.Origin.COMPLAINT) != (d.complaintId() != null)) {
            throw new RuleViolationException("complaintId", "training.improvement.complaint-link");
        }
        if (d.complaintId() != null && complaints.findInOrg(orgId, d.complaintId()).isEmpty()) {
            throw new RuleViolationException("complaintId", "training.improvement.unknown-complaint", d.complaintId());
        }
        if (d.status() == ImprovementData.Status.DONE && d.doneOn() == null) {
            throw new RuleViolationException("doneOn", "training.improvement.done-on");
        }
    }
}
