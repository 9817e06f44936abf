package org.passerelle.training.quality;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;

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

    QualityService(Complaints complaints, Improvements improvements) {
        this.complaints = complaints;
        this.improvements = improvements;
    }

    public List<ComplaintView> complaints(UUID orgId) {
        return complaints.list("orgId = ?1 order by receivedOn desc, createdAt desc", orgId).stream()
                .map(Complaint::view).toList();
    }

    public ComplaintView complaint(UUID orgId, UUID id) {
        return complaints.getInOrg(orgId, id, "complaint").view();
    }

    @Transactional
    public ComplaintView record(UUID orgId, @Valid ComplaintData data) {
        check(data);
        Complaint c = new Complaint();
        c.orgId = orgId;
        c.apply(data);
        complaints.persistAndFlush(c);
        return c.view();
    }

    @Transactional
    public ComplaintView update(UUID orgId, UUID id, long expectedVersion, @Valid ComplaintData data) {
        Complaint c = complaints.getInOrg(orgId, id, "complaint");
        StaleVersionException.check(expectedVersion, c.version);
        check(data);
        c.apply(data);
        complaints.flush();
        return c.view();
    }

    public List<ImprovementView> improvements(UUID orgId) {
        return improvements.list("orgId = ?1 order by createdAt desc", orgId).stream().map(Improvement::view).toList();
    }

    public ImprovementView improvement(UUID orgId, UUID id) {
        return improvements.getInOrg(orgId, id, "improvement").view();
    }

    @Transactional
    public ImprovementView plan(UUID orgId, @Valid ImprovementData data) {
        check(orgId, data);
        Improvement i = new Improvement();
        i.orgId = orgId;
        i.apply(data);
        improvements.persistAndFlush(i);
        return i.view();
    }

    @Transactional
    public ImprovementView update(UUID orgId, UUID id, long expectedVersion, @Valid ImprovementData data) {
        Improvement i = improvements.getInOrg(orgId, id, "improvement");
        StaleVersionException.check(expectedVersion, i.version);
        check(orgId, data);
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
