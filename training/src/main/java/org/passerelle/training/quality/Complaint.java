package org.passerelle.training.quality;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "training_complaints")
class Complaint extends TenantEntity {

    @Enumerated(EnumType.STRING)
    ComplaintData.Kind kind;

    @Column(name = "received_on")
    LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    ComplaintData.Source source;

    @Column(name = "session_id")
    UUID sessionId;

    String subject;
    String description;
    String answer;

    @Column(name = "answered_on")
    LocalDate answeredOn;

    String action;

    @Enumerated(EnumType.STRING)
    ComplaintData.Status status;

    void apply(ComplaintData d) {
        kind = d.kind();
        receivedOn = d.receivedOn();
        source = d.source();
        sessionId = d.sessionId();
        subject = d.subject().strip();
        description = d.description();
        answer = d.answer();
        answeredOn = d.answeredOn();
        action = d.action();
        status = d.status();
    }

    ComplaintView view() {
        return new ComplaintView(id, kind, receivedOn, source, sessionId, subject, description, answer, answeredOn,
                action, status, version);
    }
}
