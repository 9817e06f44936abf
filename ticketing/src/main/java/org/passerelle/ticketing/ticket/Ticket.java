package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;
import org.passerelle.ticketing.settings.Impact;
import org.passerelle.ticketing.settings.Priority;
import org.passerelle.ticketing.settings.Urgency;

@Entity
@Table(name = "tickets")
class Ticket extends TenantEntity {

    @Column(nullable = false, updatable = false)
    String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    TicketType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Status status;

    @Column(name = "member_id", nullable = false, updatable = false)
    UUID memberId;

    @Column(name = "requester_id", updatable = false)
    UUID requesterId;

    @Column(nullable = false)
    String title;

    @Column(nullable = false)
    String description;

    @Column(name = "category_id", nullable = false)
    UUID categoryId;

    @Column(name = "service_id")
    UUID serviceId;

    @Column(name = "team_id", nullable = false)
    UUID teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Impact impact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Priority priority;

    @Column(name = "assignee_id")
    UUID assigneeId;

    @Column(name = "sla_started_at")
    Instant slaStartedAt;

    @Column(name = "first_response_due_at")
    Instant firstResponseDueAt;

    @Column(name = "resolution_due_at")
    Instant resolutionDueAt;

    @Column(name = "first_responded_at")
    Instant firstRespondedAt;

    @Column(name = "waiting_since")
    Instant waitingSince;

    @Column(name = "paused_business_seconds", nullable = false)
    long pausedBusinessSeconds;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "processing_seconds")
    Long processingSeconds;

    @Column(name = "processing_business_seconds")
    Long processingBusinessSeconds;

    @Column(name = "first_response_breached", nullable = false)
    boolean firstResponseBreached;

    @Column(name = "resolution_breached", nullable = false)
    boolean resolutionBreached;

    @Column(nullable = false)
    int recategorised;

    @Column(name = "merged_into_id")
    UUID mergedIntoId;

    @Column(name = "satisfaction_score")
    Integer satisfactionScore;

    @Column(name = "satisfaction_comment")
    String satisfactionComment;
}
