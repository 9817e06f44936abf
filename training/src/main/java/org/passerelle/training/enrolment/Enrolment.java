package org.passerelle.training.enrolment;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.error.ConflictException;
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

    /** The status it enters with: APPLIED to a selective session, else SELECTED or WAITLISTED by the seats. */
    void enter(EnrolmentStatus initial) {
        status = initial;
        holdsSeat = initial.holdsSeat();
    }

    /**
     * Moves to {@code target} if {@link EnrolmentStatus#reachableFrom} allows it (409 otherwise).
     *
     * @return whether a seat was freed (the waitlist is then promoted)
     */
    boolean transition(EnrolmentStatus target) {
        if (!target.reachableFrom().contains(status)) {
            throw new ConflictException("training.enrolment.invalid-transition", status, target);
        }
        boolean freed = holdsSeat && !target.holdsSeat();
        status = target;
        holdsSeat = target.holdsSeat();
        return freed;
    }

    /**
     * The order seats go to enrolments listed by arrival: the same, learners of a member structure first when
     * the session gives them priority (a stable sort keeps the arrival order within each group).
     */
    static List<Enrolment> inTurn(List<Enrolment> byArrival, boolean memberPriority) {
        return memberPriority
                ? byArrival.stream().sorted(Comparator.comparing(e -> e.memberId == null)).toList()
                : byArrival;
    }

    EnrolmentView view() {
        return new EnrolmentView(id, sessionId, learnerId, memberId, employer, traineeType, fundingSource, application,
                status, needsAnalysis, positioning, priceEur, timeSpentMinutes, progressPercent, assessment,
                assessmentComment, createdAt, version);
    }
}
