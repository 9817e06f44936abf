package org.passerelle.training.agreement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** A structure's contact accepted one version of a training agreement: who, when, from where, and what exactly. */
@Entity
@Table(name = "training_agreement_acceptances")
class AgreementAcceptance extends TenantEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    UUID memberId;

    @Column(name = "session_id", nullable = false, updatable = false)
    UUID sessionId;

    @Column(name = "agreement_version", nullable = false, updatable = false)
    String agreementVersion;

    @Column(name = "accepted_by", nullable = false, updatable = false)
    UUID acceptedBy;

    /** The name the contact had then: the trail does not change when the person is renamed or leaves. */
    @Column(name = "accepted_by_name", nullable = false, updatable = false)
    String acceptedByName;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    Instant acceptedAt;

    @Column(name = "ip_address", updatable = false)
    String ipAddress;

    @Column(name = "user_agent", updatable = false)
    String userAgent;

    @Column(nullable = false, updatable = false)
    String lang;

    /** The bytes of the PDF the contact accepted, served again as they are. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, updatable = false)
    String pdfSha256;

    AcceptanceView view() {
        return new AcceptanceView(id, memberId, sessionId, agreementVersion, acceptedBy, acceptedByName, acceptedAt,
                ipAddress, userAgent, lang, pdfSha256, version);
    }
}
