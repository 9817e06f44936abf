package org.passerelle.inclusion.equipment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.i18n.Messages;
import org.passerelle.core.persistence.TenantEntity;

/** A device lent to a beneficiary for its training path; it becomes the beneficiary's once the path is completed. */
@Entity(name = "EquipmentLoan")
@Table(name = "inclusion_loans")
class Loan extends TenantEntity {

    @Column(name = "item_id", nullable = false, updatable = false)
    UUID itemId;

    @Column(name = "beneficiary_id", nullable = false, updatable = false)
    UUID beneficiaryId;

    @Column(name = "enrolment_ids", nullable = false, updatable = false, columnDefinition = "uuid[]")
    UUID[] enrolmentIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    LoanStatus status;

    @Column(name = "lent_on", nullable = false, updatable = false)
    LocalDate lentOn;

    @Column(name = "path_ended_on")
    LocalDate pathEndedOn;

    @Column(name = "settled_on")
    LocalDate settledOn;

    String note;

    List<UUID> enrolments() {
        return Arrays.asList(enrolmentIds);
    }

    /**
     * Moves to {@code target} on {@code day}: only from its previous status (409 otherwise), never before the
     * loan started (422). Completing or abandoning ends the path; transferring or returning settles the loan.
     */
    void transition(LoanStatus target, LocalDate day, String remark) {
        if (status != target.previous()) {
            throw new ConflictException("inclusion.loan.transition", new Messages.Text("inclusion.loan.status." + status),
                    new Messages.Text("inclusion.loan.status." + target));
        }
        if (day.isBefore(lentOn)) {
            throw new RuleViolationException("on", "inclusion.loan.before-start", lentOn.toString());
        }
        status = target;
        if (target.settles()) {
            settledOn = day;
        } else {
            pathEndedOn = day;
        }
        if (remark != null) {
            note = note == null ? remark : note + "\n" + remark;
        }
    }

    LoanView view(ItemView item, BeneficiaryView beneficiary, PathView path) {
        return new LoanView(id, itemId, item.serialNumber(), beneficiaryId, beneficiary.name(), beneficiary.memberId(),
                enrolments(), status, lentOn, pathEndedOn, settledOn, note, path, version);
    }
}
