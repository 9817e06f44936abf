package org.passerelle.training.enrolment;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** A learner's place (or wait) in a session. */
@Entity
@Table(name = "training_enrolments")
class Enrolment extends TenantEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    UUID sessionId;

    @Column(name = "learner_id", nullable = false, updatable = false)
    UUID learnerId;

    @Column(name = "member_id")
    UUID memberId;

    String employer;

    @Enumerated(EnumType.STRING)
    @Column(name = "trainee_type", nullable = false)
    TraineeType traineeType;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false)
    FundingSource fundingSource;

    String application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EnrolmentStatus status;

    @Column(name = "holds_seat", nullable = false)
    boolean holdsSeat;

    @Column(name = "needs_analysis")
    String needsAnalysis;

    String positioning;

    @Column(name = "price_eur")
    java.math.BigDecimal priceEur;

    @Column(name = "time_spent_minutes", nullable = false)
    int timeSpentMinutes;

    @Column(name = "progress_percent")
    Integer progressPercent;

    @Enumerated(EnumType.STRING)
    Assessment assessment;

    @Column(name = "assessment_comment")
    String assessmentComment;

    void moveTo(EnrolmentStatus target) {
        status = target;
        holdsSeat = target.holdsSeat();
    }

    EnrolmentView view() {
        return new EnrolmentView(id, sessionId, learnerId, memberId, employer, traineeType, fundingSource, application,
                status, needsAnalysis, positioning, priceEur, timeSpentMinutes, progressPercent, assessment,
                assessmentComment, createdAt, version);
    }
}
