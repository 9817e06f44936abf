package org.passerelle.inclusion.equipment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** A person helped by the programme, possibly outside any member structure. */
@Entity(name = "EquipmentBeneficiary")
@Table(name = "inclusion_beneficiaries")
class Beneficiary extends TenantEntity {

    @Column(nullable = false)
    String name;

    String email;

    String phone;

    @Column(nullable = false)
    String commune;

    /** The member structure that referred the person, whose contacts follow it (null: none). */
    @Column(name = "member_id")
    UUID memberId;

    /** The person as a learner of the organisation, once known (set by the first loan's enrolments). */
    @Column(name = "person_id")
    UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Eligibility eligibility;

    @Column(name = "eligibility_note")
    String eligibilityNote;

    @Column(name = "charter_signed_on")
    LocalDate charterSignedOn;

    void apply(BeneficiaryData data, UUID referredBy) {
        name = data.name().strip();
        email = data.email();
        phone = data.phone();
        commune = data.commune().strip();
        memberId = referredBy;
        if (data.personId() != null) {
            personId = data.personId();
        }
        eligibility = data.eligibility();
        eligibilityNote = data.eligibilityNote();
        charterSignedOn = data.charterSignedOn();
    }

    BeneficiaryView view() {
        return new BeneficiaryView(id, name, email, phone, commune, memberId, personId, eligibility, eligibilityNote,
                charterSignedOn, version);
    }
}
