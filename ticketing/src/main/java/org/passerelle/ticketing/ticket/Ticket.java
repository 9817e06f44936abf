package org.passerelle.ticketing.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.error.ConflictException;
import org.passerelle.core.persistence.TenantEntity;
import org.passerelle.ticketing.category.CategoryView;
import org.passerelle.ticketing.settings.Impact;
import org.passerelle.ticketing.settings.Priority;
import org.passerelle.ticketing.settings.Urgency;

/**
 * A ticket and its state machine: which transitions are allowed from which status, and what each does to the
 * SLA clock and the dates. Who may ask for a transition is {@link org.passerelle.ticketing.TicketingPolicy}'s;
 * the services load, ask the policy, call one of these methods and record the {@link Change}s it returns.
 * A refused transition is a 409.
 */
@Entity
@Table(name = "tickets")
class Ticket extends TenantEntity {

    /** One line of the ticket's history: what was done and, if a field changed, from what to what. */
    record Change(String action, String field, String from, String to) {
    }

    /** The status transitions: the history's name of each, the statuses it leaves from, the one it reaches. */
    enum Move {
        APPROVE("approved", Status.NEW, Status.AWAITING_APPROVAL),
        TAKE("taken", Status.IN_PROGRESS, Status.NEW),
        WAIT("waiting", Status.WAITING, Status.IN_PROGRESS),
        RESUME("resumed", Status.IN_PROGRESS, Status.WAITING),
        RESOLVE("resolved", Status.RESOLVED, Status.IN_PROGRESS),
        CLOSE("closed", Status.CLOSED, Status.RESOLVED),
        REOPEN("reopened", Status.IN_PROGRESS, Status.RESOLVED),
        /** What a requester may cancel: work not started. */
        CANCEL("cancelled", Status.CANCELLED, Status.AWAITING_APPROVAL, Status.NEW),
        /** What staff may cancel: any ticket still open. */
        CANCEL_STARTED("cancelled", Status.CANCELLED, Status.AWAITING_APPROVAL, Status.NEW, Status.IN_PROGRESS,
                Status.WAITING),
        /** A duplicate is closed into its original, whatever it reached short of a final status. */
        MERGE("merged", Status.CLOSED, Status.AWAITING_APPROVAL, Status.NEW, Status.IN_PROGRESS, Status.WAITING,
                Status.RESOLVED);

        final String action;
        final Status to;
        final Set<Status> from;

        Move(String action, Status to, Status first, Status... others) {
            this.action = action;
            this.to = to;
            this.from = EnumSet.of(first, others);
        }
    }

    /** Statuses in which a ticket may still be moved to another category. */
    static final Set<Status> RECATEGORISABLE = EnumSet.of(Status.AWAITING_APPROVAL, Status.NEW, Status.IN_PROGRESS,
            Status.WAITING);

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

    // --- state machine ----------------------------------------------------------------------------

    /**
     * A new ticket at {@code now}: its priority from the organisation's matrix; a purchase order awaits its
     * structure's approval (no SLA yet), a request is new and its SLA starts.
     */
    void open(SlaClock sla, Instant now) {
        priority = sla.rules().priority(urgency, impact);
        status = type == TicketType.PURCHASE_ORDER ? Status.AWAITING_APPROVAL : Status.NEW;
        createdAt = now;
        if (status == Status.NEW) {
            startSla(sla, now);
        }
    }

    /** Routes the ticket to a category, hence its team and service. */
    void route(CategoryView category) {
        categoryId = category.id();
        teamId = category.teamId();
        serviceId = category.serviceId();
    }

    /** The structure approved its purchase order: the request is new and its SLA starts. */
    List<Change> approve(SlaClock sla, Instant now) {
        Change approved = move(Move.APPROVE);
        startSla(sla, now);
        return List.of(approved);
    }

    /** Assigns a new or in-progress ticket; a new one is taken (in progress), and that is a first response. */
    List<Change> assign(UUID assignee, Instant now) {
        require(EnumSet.of(Status.NEW, Status.IN_PROGRESS), "assign");
        List<Change> changes = new ArrayList<>();
        if (!assignee.equals(assigneeId)) {
            changes.add(new Change("assigned", "assignee", str(assigneeId), str(assignee)));
            assigneeId = assignee;
        }
        if (status == Status.NEW) {
            changes.add(move(Move.TAKE));
        }
        markFirstResponse(now);
        return changes;
    }

    /** The agent needs the requester: the SLA clock stops until the ticket resumes. */
    List<Change> waitForRequester(Instant now) {
        Change waiting = move(Move.WAIT);
        waitingSince = now;
        markFirstResponse(now);
        return List.of(waiting);
    }

    /** The clock runs again; the resolution target moves back by the business time spent waiting. */
    List<Change> resume(SlaClock sla, Instant now) {
        Change resumed = move(Move.RESUME);
        pausedBusinessSeconds += sla.businessTime(waitingSince, now).toSeconds();
        waitingSince = null;
        resolutionDueAt = sla.resolutionDue(priority, level, slaStartedAt, pausedBusinessSeconds);
        return List.of(resumed);
    }

    /** Resolves (resuming first if waiting): the target is met or breached, and processing times are kept. */
    List<Change> resolve(SlaClock sla, Instant now) {
        List<Change> changes = new ArrayList<>();
        if (status == Status.WAITING) {
            changes.addAll(resume(sla, now));
        }
        changes.add(move(Move.RESOLVE));
        resolvedAt = now;
        markFirstResponse(now);
        resolutionBreached |= resolutionDueAt != null && resolvedAt.isAfter(resolutionDueAt);
        processingSeconds = Duration.between(createdAt, resolvedAt).toSeconds();
        processingBusinessSeconds = sla.businessTime(createdAt, resolvedAt).toSeconds();
        return changes;
    }

    List<Change> close(Instant now) {
        Change closed = move(Move.CLOSE);
        closedAt = now;
        return List.of(closed);
    }

    /** A resolved ticket whose reopening window is over closes; empty if it is not over yet. */
    Optional<Change> expire(SlaClock sla, Instant now) {
        if (status != Status.RESOLVED || !now.isAfter(sla.closingDeadline(resolvedAt))) {
            return Optional.empty();
        }
        return Optional.of(close(now).get(0));
    }

    /** Within the closing window, a resolved ticket goes back to work. */
    List<Change> reopen(SlaClock sla, Instant now) {
        if (status == Status.RESOLVED && now.isAfter(sla.closingDeadline(resolvedAt))) {
            throw new ConflictException("ticketing.ticket.reopen-window-over", reference);
        }
        Change reopened = move(Move.REOPEN);
        resolvedAt = null;
        processingSeconds = null;
        processingBusinessSeconds = null;
        return List.of(reopened);
    }

    /** @param startedWork whether the caller may cancel work already started (staff) or not (requesters) */
    List<Change> cancel(boolean startedWork, Instant now) {
        Change cancelled = move(startedWork ? Move.CANCEL_STARTED : Move.CANCEL);
        closedAt = now;
        return List.of(cancelled);
    }

    /** N1 hands an open ticket to N2, whose resolution target applies from the SLA's start. */
    List<Change> escalate(SlaClock sla) {
        require(Status.OPEN, "escalate");
        if (level == Level.N2) {
            throw new ConflictException("ticketing.ticket.already-n2", reference);
        }
        level = Level.N2;
        resolutionDueAt = sla.resolutionDue(priority, level, slaStartedAt, pausedBusinessSeconds);
        return List.of(new Change("escalated", "level", Level.N1.name(), Level.N2.name()));
    }

    /**
     * Moves the ticket to another category (looked up only once the move is allowed), hence maybe another team;
     * counted, because misrouting delays requests.
     */
    List<Change> recategorise(UUID newCategoryId, Function<UUID, CategoryView> categories) {
        require(RECATEGORISABLE, "recategorise");
        if (newCategoryId.equals(categoryId)) {
            throw new ConflictException("ticketing.ticket.same-category");
        }
        CategoryView category = categories.apply(newCategoryId);
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("recategorised", "category", str(categoryId), str(newCategoryId)));
        if (!category.teamId().equals(teamId)) {
            changes.add(new Change("rerouted", "team", str(teamId), str(category.teamId())));
        }
        route(category);
        recategorised++;
        return changes;
    }

    /** The requester's satisfaction, once, on a resolved or closed ticket. */
    List<Change> rate(int score, String comment) {
        require(EnumSet.of(Status.RESOLVED, Status.CLOSED), "rate");
        if (satisfactionScore != null) {
            throw new ConflictException("ticketing.ticket.already-rated", reference);
        }
        satisfactionScore = score;
        satisfactionComment = comment;
        return List.of(new Change("rated", "satisfaction", null, Integer.toString(score)));
    }

    /** Closes this duplicate into its original; neither may be final. */
    Change mergeInto(Ticket original, Instant now) {
        if (status.isFinal() || original.status.isFinal()) {
            throw new ConflictException("ticketing.link.merge-final");
        }
        Change merged = move(Move.MERGE);
        closedAt = now;
        mergedIntoId = original.id;
        return merged;
    }

    /** Comments and attachments are refused once the ticket is closed or cancelled. */
    void requireFollowUps() {
        if (status.isFinal()) {
            throw new ConflictException("ticketing.ticket.final", reference, status);
        }
    }

    /** The first answer of the desk (taking, asking, replying or resolving) stops the first-response clock. */
    void markFirstResponse(Instant now) {
        if (firstRespondedAt == null) {
            firstRespondedAt = now;
            firstResponseBreached |= firstResponseDueAt != null && firstRespondedAt.isAfter(firstResponseDueAt);
        }
    }

    private void startSla(SlaClock sla, Instant start) {
        slaStartedAt = start;
        firstResponseDueAt = sla.firstResponseDue(priority, level, start);
        resolutionDueAt = sla.resolutionDue(priority, level, start, pausedBusinessSeconds);
    }

    private Change move(Move move) {
        require(move.from, move.action);
        Change change = new Change(move.action, "status", status.name(), move.to.name());
        status = move.to;
        return change;
    }

    private void require(Set<Status> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new ConflictException("ticketing.ticket.invalid-transition", action, reference, status);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
