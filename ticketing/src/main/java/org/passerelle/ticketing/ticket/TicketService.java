package org.passerelle.ticketing.ticket;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.calendar.BusinessCalendar;
import org.passerelle.core.calendar.CalendarService;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.InvalidParameterException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.page.Cursor;
import org.passerelle.core.page.Page;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.service.ServiceCatalog;
import org.passerelle.core.subscription.SubscriptionService;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.ticketing.TicketingPolicy;
import org.passerelle.ticketing.category.CategoryService;
import org.passerelle.ticketing.category.CategoryView;
import org.passerelle.ticketing.settings.Impact;
import org.passerelle.ticketing.settings.Priority;
import org.passerelle.ticketing.settings.SettingsService;
import org.passerelle.ticketing.settings.TicketingSettings;
import org.passerelle.ticketing.settings.Urgency;

/**
 * Tickets: creation with routing and SLA due dates, the workflow as explicit actions, follow-ups, history.
 * Who may see and do what is {@link TicketingPolicy}'s: each method loads the ticket in the caller's
 * organisation, asks the policy (404 if the caller may not see it, 403 if it may see but not do this), then
 * applies the state rules (409, 422) and works.
 */
@ApplicationScoped
public class TicketService {

    /** A rule of the policy about one action on a ticket of a given structure. */
    @FunctionalInterface
    interface ActionRule {
        void check(OrgAccess caller, UUID structureId);
    }

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final CategoryService categories;
    private final SettingsService settings;
    private final CalendarService calendars;
    private final SubscriptionService subscriptions;
    private final ServiceCatalog services;
    private final MemberService members;
    private final PeopleDirectory people;
    private final WebhookPublisher webhooks;
    private final Event<TicketNotice> notices;

    TicketService(EntityManager em, TicketingPolicy policy, CategoryService categories, SettingsService settings,
            CalendarService calendars, SubscriptionService subscriptions, ServiceCatalog services, MemberService members,
            PeopleDirectory people, WebhookPublisher webhooks, Event<TicketNotice> notices) {
        this.em = em;
        this.policy = policy;
        this.categories = categories;
        this.settings = settings;
        this.calendars = calendars;
        this.subscriptions = subscriptions;
        this.services = services;
        this.members = members;
        this.people = people;
        this.webhooks = webhooks;
        this.notices = notices;
    }

    // --- creation -------------------------------------------------------------------------------

    @Transactional
    public TicketView create(OrgAccess caller, @Valid NewTicket data) {
        UUID orgId = caller.orgId();
        TicketingPolicy.Filing filing = policy.fileTicket(caller);
        UUID memberId = data.memberId();
        if (filing.ownStructureOnly()) {
            if (memberId != null && !memberId.equals(filing.ownStructure())) {
                throw new RuleViolationException("memberId", "ticketing.ticket.other-member");
            }
            memberId = filing.ownStructure();
        }
        if (memberId == null) {
            throw new RuleViolationException("memberId", "ticketing.ticket.member-required");
        }
        if (!members.exists(orgId, memberId)) {
            throw new RuleViolationException("memberId", "ticketing.ticket.unknown-member", memberId);
        }
        CategoryView category = category(orgId, data.categoryId());
        if (filing.subscribedCategoriesOnly() && category.serviceId() != null) {
            LocalDate today = LocalDate.now(caller.zone());
            if (!subscriptions.activeServiceIds(orgId, memberId, today).contains(category.serviceId())) {
                throw new RuleViolationException("categoryId", "ticketing.ticket.subscription-missing",
                        services.get(orgId, category.serviceId()).name());
            }
        }
        TicketType type = data.type() == null ? TicketType.ASSISTANCE : data.type();
        List<OrderLine> lines = data.orderLines() == null ? List.of() : data.orderLines();
        if (type == TicketType.PURCHASE_ORDER && lines.isEmpty()) {
            throw new RuleViolationException("orderLines", "ticketing.ticket.order-lines-required");
        }
        if (type == TicketType.ASSISTANCE && !lines.isEmpty()) {
            throw new RuleViolationException("orderLines", "ticketing.ticket.order-lines-forbidden");
        }
        TicketingSettings rules = settings.get(orgId);
        Ticket t = new Ticket();
        t.orgId = orgId;
        t.type = type;
        t.reference = nextReference(orgId, LocalDate.now(caller.zone()).getYear());
        t.memberId = memberId;
        t.requesterId = filing.requesterId();
        t.title = data.title().strip();
        t.description = data.description().strip();
        route(t, category);
        t.level = category.defaultLevel();
        t.urgency = data.urgency() == null ? Urgency.MEDIUM : data.urgency();
        t.impact = data.impact() == null ? Impact.MEDIUM : data.impact();
        t.priority = rules.priority(t.urgency, t.impact);
        t.status = type == TicketType.PURCHASE_ORDER ? Status.AWAITING_APPROVAL : Status.NEW;
        t.createdAt = Instant.now();
        if (t.status == Status.NEW) {
            startSla(t, rules, t.createdAt);
        }
        em.persist(t);
        em.flush();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine l = lines.get(i);
            em.createNativeQuery("insert into ticket_order_lines (id, org_id, ticket_id, position, item, quantity,"
                    + " unit_price) values (gen_random_uuid(), ?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, orgId).setParameter(2, t.id).setParameter(3, i).setParameter(4, l.item())
                    .setParameter(5, l.quantity()).setParameter(6, l.estimatedUnitPrice()).executeUpdate();
        }
        em.createNativeQuery("update tickets set search_public = to_tsvector('french', title || ' ' || description)"
                + " where id = ?1").setParameter(1, t.id).executeUpdate();
        history(t, caller, "created", null, null, t.reference);
        em.flush();
        TicketView view = view(t);
        webhooks.publish(orgId, TicketEventTypes.CREATED, view);
        notices.fire(new TicketNotice(TicketNotice.Kind.CREATED, orgId, view, null));
        return view;
    }

    private String nextReference(UUID orgId, int year) {
        // One row per organisation and year, incremented under its row lock: no gap, no duplicate.
        Number value = (Number) em.createNativeQuery("insert into ticket_sequences (org_id, year, last_value)"
                + " values (?1, ?2, 1) on conflict (org_id, year) do update set last_value = ticket_sequences.last_value + 1"
                + " returning last_value").setParameter(1, orgId).setParameter(2, year).getSingleResult();
        return "T-%d-%06d".formatted(year, value.intValue());
    }

    private static void route(Ticket t, CategoryView category) {
        t.categoryId = category.id();
        t.teamId = category.teamId();
        t.serviceId = category.serviceId();
    }

    private CategoryView category(UUID orgId, UUID id) {
        try {
            CategoryView c = categories.get(orgId, id);
            if (!c.active()) {
                throw new RuleViolationException("categoryId", "ticketing.ticket.inactive-category");
            }
            return c;
        } catch (NotFoundException e) {
            throw new RuleViolationException("categoryId", "ticketing.category.unknown", id);
        }
    }

    // --- SLA ------------------------------------------------------------------------------------

    private void startSla(Ticket t, TicketingSettings rules, Instant start) {
        BusinessCalendar calendar = calendars.businessCalendar(t.orgId);
        t.slaStartedAt = start;
        t.firstResponseDueAt = SlaDueDates.due(calendar, start, rules.target(t.priority, t.level).firstResponseMinutes(), 0);
        t.resolutionDueAt = resolutionDue(calendar, rules, t);
    }

    private static Instant resolutionDue(BusinessCalendar calendar, TicketingSettings rules, Ticket t) {
        if (t.slaStartedAt == null) {
            return null;
        }
        return SlaDueDates.due(calendar, t.slaStartedAt, rules.target(t.priority, t.level).resolutionMinutes(),
                t.pausedBusinessSeconds);
    }

    private void markFirstResponse(Ticket t) {
        if (t.firstRespondedAt == null) {
            t.firstRespondedAt = Instant.now();
            t.firstResponseBreached |= t.firstResponseDueAt != null && t.firstRespondedAt.isAfter(t.firstResponseDueAt);
        }
    }

    // --- workflow -------------------------------------------------------------------------------

    /** A purchase order approved by its structure's administrative contact (or an organisation admin). */
    @Transactional
    public TicketView approve(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = loadForAction(caller, id, expectedVersion, policy::approve);
        transition(t, caller, "approved", Set.of(Status.AWAITING_APPROVAL), Status.NEW);
        startSla(t, settings.get(t.orgId), Instant.now());
        return save(t, TicketEventTypes.UPDATED);
    }

    @Transactional
    public TicketView take(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = loadForAction(caller, id, expectedVersion, (c, structure) -> policy.takeTicket(c));
        return assign(caller, t, caller.personId());
    }

    @Transactional
    public TicketView assign(OrgAccess caller, UUID id, long expectedVersion, UUID assigneeId) {
        Ticket t = loadForAction(caller, id, expectedVersion, this::workTicket);
        boolean assignable = assigneeId != null && people.membershipsOf(assigneeId).stream()
                .anyMatch(m -> m.orgId().equals(t.orgId) && policy.assignable(m.roles()));
        if (!assignable) {
            throw new RuleViolationException("assigneeId", "ticketing.ticket.not-an-agent", assigneeId);
        }
        return assign(caller, t, assigneeId);
    }

    private TicketView assign(OrgAccess caller, Ticket t, UUID assigneeId) {
        requireStatus(t, Set.of(Status.NEW, Status.IN_PROGRESS), "assign");
        if (!assigneeId.equals(t.assigneeId)) {
            history(t, caller, "assigned", "assignee", str(t.assigneeId), str(assigneeId));
            t.assigneeId = assigneeId;
        }
        if (t.status == Status.NEW) {
            transition(t, caller, "taken", Set.of(Status.NEW), Status.IN_PROGRESS);
        }
        markFirstResponse(t);
        return save(t, TicketEventTypes.UPDATED);
    }

    /** The agent needs the requester: the SLA clock stops until the ticket resumes. */
    @Transactional
    public TicketView waitForRequester(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = loadForAction(caller, id, expectedVersion, this::workTicket);
        transition(t, caller, "waiting", Set.of(Status.IN_PROGRESS), Status.WAITING);
        t.waitingSince = Instant.now();
        markFirstResponse(t);
        return save(t, TicketEventTypes.UPDATED);
    }

    /** Staff resume a waiting ticket; a requester resumes it by answering (see {@link #comment}). */
    @Transactional
    public TicketView resume(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = loadForAction(caller, id, expectedVersion, (c, structure) -> policy.resume(c));
        resume(caller, t);
        return save(t, TicketEventTypes.UPDATED);
    }

    private void resume(OrgAccess caller, Ticket t) {
        transition(t, caller, "resumed", Set.of(Status.WAITING), Status.IN_PROGRESS);
        BusinessCalendar calendar = calendars.businessCalendar(t.orgId);
        Duration waited = calendar.between(t.waitingSince, Instant.now());
        t.pausedBusinessSeconds += waited.toSeconds();
        t.waitingSince = null;
        t.resolutionDueAt = resolutionDue(calendar, settings.get(t.orgId), t);
    }

    @Transactional
    public TicketView resolve(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = loadForAction(caller, id, expectedVersion, this::workTicket);
        if (t.status == Status.WAITING) {
            resume(caller, t);
        }
        transition(t, caller, "resolved", Set.of(Status.IN_PROGRESS), Status.RESOLVED);
        t.resolvedAt = Instant.now();
        markFirstResponse(t);
        t.resolutionBreached |= t.resolutionDueAt != null && t.resolvedAt.isAfter(t.resolutionDueAt);
        t.processingSeconds = Duration.between(t.createdAt, t.resolvedAt).toSeconds();
        t.processingBusinessSeconds = calendars.businessCalendar(t.orgId).between(t.createdAt, t.resolvedAt)
                .toSeconds();
        TicketView view = save(t, TicketEventTypes.RESOLVED);
        notices.fire(new TicketNotice(TicketNotice.Kind.RESOLVED, t.orgId, view, null));
        return view;
    }

    @Transactional
    public TicketView close(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = loadForAction(caller, id, expectedVersion, policy::close);
        transition(t, caller, "closed", Set.of(Status.RESOLVED), Status.CLOSED);
        t.closedAt = Instant.now();
        return save(t, TicketEventTypes.UPDATED);
    }

    /** Within the closing window, the requester (or staff) reopens a resolved ticket. */
    @Transactional
    public TicketView reopen(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = loadForAction(caller, id, expectedVersion, policy::reopen);
        if (t.status == Status.RESOLVED && Instant.now().isAfter(closingDeadline(t))) {
            throw new ConflictException("ticketing.ticket.reopen-window-over", t.reference);
        }
        transition(t, caller, "reopened", Set.of(Status.RESOLVED), Status.IN_PROGRESS);
        t.resolvedAt = null;
        t.processingSeconds = null;
        t.processingBusinessSeconds = null;
        return save(t, TicketEventTypes.UPDATED);
    }

    @Transactional
    public TicketView cancel(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = loadForAction(caller, id, expectedVersion, policy::cancel);
        Set<Status> from = policy.cancelsStartedWork(caller)
                ? Set.of(Status.AWAITING_APPROVAL, Status.NEW, Status.IN_PROGRESS, Status.WAITING)
                : Set.of(Status.AWAITING_APPROVAL, Status.NEW);
        transition(t, caller, "cancelled", from, Status.CANCELLED);
        t.closedAt = Instant.now();
        return save(t, TicketEventTypes.UPDATED);
    }

    @Transactional
    public TicketView escalate(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = loadForAction(caller, id, expectedVersion, this::workTicket);
        requireStatus(t, Status.OPEN, "escalate");
        if (t.level == Level.N2) {
            throw new ConflictException("ticketing.ticket.already-n2", t.reference);
        }
        history(t, caller, "escalated", "level", Level.N1.name(), Level.N2.name());
        t.level = Level.N2;
        t.resolutionDueAt = resolutionDue(calendars.businessCalendar(t.orgId), settings.get(t.orgId), t);
        return save(t, TicketEventTypes.UPDATED);
    }

    /** Moves the ticket to the right category (and so team); counted, because misrouting delays requests. */
    @Transactional
    public TicketView recategorise(OrgAccess caller, UUID id, long expectedVersion, UUID categoryId) {
        Ticket t = loadForAction(caller, id, expectedVersion, this::workTicket);
        requireStatus(t, Set.of(Status.AWAITING_APPROVAL, Status.NEW, Status.IN_PROGRESS, Status.WAITING),
                "recategorise");
        if (categoryId.equals(t.categoryId)) {
            throw new ConflictException("ticketing.ticket.same-category");
        }
        CategoryView category = category(t.orgId, categoryId);
        history(t, caller, "recategorised", "category", str(t.categoryId), str(categoryId));
        if (!category.teamId().equals(t.teamId)) {
            history(t, caller, "rerouted", "team", str(t.teamId), str(category.teamId()));
        }
        route(t, category);
        t.recategorised++;
        return save(t, TicketEventTypes.UPDATED);
    }

    @Transactional
    public TicketView rate(OrgAccess caller, UUID id, long expectedVersion, int score, String comment) {
        Ticket t = loadForAction(caller, id, expectedVersion, policy::rate);
        requireStatus(t, Set.of(Status.RESOLVED, Status.CLOSED), "rate");
        if (t.satisfactionScore != null) {
            throw new ConflictException("ticketing.ticket.already-rated", t.reference);
        }
        t.satisfactionScore = score;
        t.satisfactionComment = comment;
        history(t, caller, "rated", "satisfaction", null, Integer.toString(score));
        return save(t, TicketEventTypes.UPDATED);
    }

    /** The end of the window in which a resolved ticket may be reopened: N business days after resolution. */
    Instant closingDeadline(Ticket t) {
        int days = settings.get(t.orgId).autoCloseBusinessDays();
        BusinessCalendar calendar = calendars.businessCalendar(t.orgId);
        LocalDate day = t.resolvedAt.atZone(calendar.zone()).toLocalDate();
        for (int counted = 0; counted < days;) {
            day = day.plusDays(1);
            if (calendar.isBusinessDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    /** Closes resolved tickets whose reopening window is over (called by the scheduler). */
    @Transactional
    public int closeExpired(int batch) {
        List<Ticket> resolved = em.createQuery("from Ticket t where t.status = :s and t.resolvedAt < :cutoff"
                + " order by t.resolvedAt", Ticket.class).setParameter("s", Status.RESOLVED)
                .setParameter("cutoff", Instant.now().minus(Duration.ofDays(1))).setMaxResults(batch).getResultList();
        int closed = 0;
        for (Ticket t : resolved) {
            if (Instant.now().isAfter(closingDeadline(t))) {
                t.status = Status.CLOSED;
                t.closedAt = Instant.now();
                historyRow(t, null, "system", "closed", "status", Status.RESOLVED.name(), Status.CLOSED.name());
                closed++;
            }
        }
        em.flush();
        return closed;
    }

    // --- follow-ups ------------------------------------------------------------------------------

    @Transactional
    public CommentView comment(OrgAccess caller, UUID id, String body, boolean internal) {
        Ticket t = visible(caller, id);
        policy.followUp(caller, internal);
        boolean desk = policy.repliesForTheDesk(caller);
        if (t.status.isFinal()) {
            throw new ConflictException("ticketing.ticket.final", t.reference, t.status);
        }
        UUID commentId = UUID.randomUUID();
        Instant now = Instant.now();
        em.createNativeQuery("insert into ticket_comments (id, org_id, ticket_id, author_id, internal, body, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, commentId).setParameter(2, t.orgId)
                .setParameter(3, t.id).setParameter(4, caller.personId()).setParameter(5, internal)
                .setParameter(6, body).setParameter(7, now).executeUpdate();
        em.createNativeQuery("update tickets set " + (internal ? "search_internal = search_internal" : "search_public = search_public")
                + " || to_tsvector('french', ?2) where id = ?1").setParameter(1, t.id).setParameter(2, body).executeUpdate();
        history(t, caller, internal ? "internal-note" : "commented", null, null, null);
        if (desk && !internal) {
            markFirstResponse(t);
        }
        if (!internal && t.status == Status.WAITING && policy.answerResumes(caller, t.memberId)) {
            // The requester answered: the clock runs again.
            resume(caller, t);
        }
        t.updatedAt = now;
        em.flush();
        if (!internal) {
            TicketView view = view(t);
            webhooks.publish(t.orgId, TicketEventTypes.UPDATED, view);
            if (desk) {
                notices.fire(new TicketNotice(TicketNotice.Kind.REPLIED, t.orgId, view, body));
            }
        }
        return new CommentView(commentId, caller.personId(), internal, body, now);
    }

    public List<CommentView> comments(OrgAccess caller, UUID id) {
        Ticket t = visible(caller, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, author_id, internal, body, created_at from ticket_comments"
                + " where org_id = ?1 and ticket_id = ?2 and (?3 or not internal) order by created_at, id")
                .setParameter(1, t.orgId).setParameter(2, t.id).setParameter(3, policy.seesInternal(caller)).getResultList();
        return rows.stream().map(r -> new CommentView((UUID) r[0], (UUID) r[1], (Boolean) r[2], (String) r[3],
                SqlValues.instant(r[4]))).toList();
    }

    public List<HistoryEntry> history(OrgAccess caller, UUID id) {
        Ticket t = visible(caller, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select at, actor_id, actor, action, field, from_value, to_value"
                + " from ticket_history where org_id = ?1 and ticket_id = ?2 and (?3 or action <> 'internal-note')"
                + " order by id").setParameter(1, t.orgId).setParameter(2, t.id).setParameter(3, policy.seesInternal(caller)).getResultList();
        return rows.stream().map(r -> new HistoryEntry(SqlValues.instant(r[0]), (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6])).toList();
    }

    // --- reading --------------------------------------------------------------------------------

    public TicketView get(OrgAccess caller, UUID id) {
        return view(visible(caller, id));
    }

    /**
     * Lists tickets visible to the caller, newest first (or oldest first with {@code sort=createdAt}), with
     * keyset pagination; {@code q} is a French full-text query.
     */
    public Page<TicketView> search(OrgAccess caller, TicketFilter f, String sort, PageRequest page) {
        boolean ascending = "createdAt".equals(sort);
        if (sort != null && !sort.isBlank() && !ascending && !"-createdAt".equals(sort)) {
            throw new InvalidParameterException("sort", "core.invalid-sort", sort, "createdAt");
        }
        Map<String, Object> p = new HashMap<>();
        StringBuilder sql = new StringBuilder("select t.id, t.created_at from tickets t").append(where(caller, f, p));
        String op = ascending ? ">" : "<";
        if (page.after() != null) {
            sql.append(" and (t.created_at, t.id) ").append(op).append(" (:afterAt, :afterId)");
            p.put("afterAt", Instant.parse(page.after().sortKey()));
            p.put("afterId", page.after().id());
        }
        String dir = ascending ? "" : " desc";
        sql.append(" order by t.created_at").append(dir).append(", t.id").append(dir).append(" limit :limit");
        p.put("limit", page.limit() + 1);
        var query = em.createNativeQuery(sql.toString());
        p.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Page<Object[]> ids = Page.of(rows, page, r -> new Cursor(SqlValues.instant(r[1]).toString(), (UUID) r[0]));
        Map<UUID, Ticket> loaded = ids.items().isEmpty() ? Map.of()
                : em.createQuery("from Ticket t where t.orgId = :org and t.id in :ids", Ticket.class)
                        .setParameter("org", caller.orgId())
                        .setParameter("ids", ids.items().stream().map(r -> (UUID) r[0]).toList()).getResultStream()
                        .collect(Collectors.toMap(t -> t.id, Function.identity()));
        return ids.map(r -> view(loaded.get((UUID) r[0])));
    }

    /**
     * The where clause of a ticket list: the organisation, what the caller may see, and the filters.
     * Shared by paged lists and streamed exports, so both always show the same tickets.
     */
    String where(OrgAccess caller, TicketFilter filter, Map<String, Object> p) {
        TicketingPolicy.TicketScope scope = policy.listTickets(caller);
        TicketFilter f = forCaller(caller, filter);
        StringBuilder sql = new StringBuilder(" where t.org_id = :org");
        p.put("org", caller.orgId());
        if (scope.ownStructureOnly()) {
            sql.append(" and t.member_id = :own");
            p.put("own", scope.structure());
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(scope.internalNotes() ? " and (t.search_public || t.search_internal) @@ websearch_to_tsquery('french', :q)"
                    : " and t.search_public @@ websearch_to_tsquery('french', :q)");
            p.put("q", f.q());
        }
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            sql.append(" and t.status in (:statuses)");
            p.put("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        eq(sql, p, "type", f.type() == null ? null : f.type().name());
        eq(sql, p, "category_id", f.categoryId());
        eq(sql, p, "team_id", f.teamId());
        eq(sql, p, "level", f.level() == null ? null : f.level().name());
        eq(sql, p, "member_id", f.memberId());
        eq(sql, p, "assignee_id", f.assigneeId());
        eq(sql, p, "priority", f.priority() == null ? null : f.priority().name());
        range(sql, p, "created_at", f.createdFrom(), f.createdTo());
        range(sql, p, "resolved_at", f.resolvedFrom(), f.resolvedTo());
        if (f.breached() != null) {
            sql.append(f.breached() ? " and (t.first_response_breached or t.resolution_breached)"
                    : " and not (t.first_response_breached or t.resolution_breached)");
        }
        return sql.toString();
    }

    /** "My open tickets" are assigned to the caller; "my team's queue" holds its team's open tickets. */
    private static TicketFilter forCaller(OrgAccess caller, TicketFilter f) {
        Set<Status> wanted = f.statuses();
        UUID assignee = f.assigneeId();
        UUID team = f.teamId();
        if (f.mine()) {
            assignee = caller.personId();
            wanted = wanted == null || wanted.isEmpty() ? Status.OPEN : wanted;
        }
        if (f.queue()) {
            if (caller.teamId() == null) {
                throw new RuleViolationException("queue", "ticketing.ticket.no-team");
            }
            team = caller.teamId();
            wanted = wanted == null || wanted.isEmpty() ? Status.OPEN : wanted;
        }
        return new TicketFilter(f.q(), wanted, f.type(), f.categoryId(), team, f.level(), f.memberId(), assignee,
                f.priority(), f.createdFrom(), f.createdTo(), f.resolvedFrom(), f.resolvedTo(), f.breached(), false,
                false);
    }

    private static void eq(StringBuilder sql, Map<String, Object> p, String column, Object value) {
        if (value != null) {
            String name = column.replace("_", "");
            sql.append(" and t.").append(column).append(" = :").append(name);
            p.put(name, value);
        }
    }

    private static void range(StringBuilder sql, Map<String, Object> p, String column, Instant from, Instant to) {
        String name = column.replace("_", "");
        if (from != null) {
            sql.append(" and t.").append(column).append(" >= :").append(name).append("From");
            p.put(name + "From", from);
        }
        if (to != null) {
            sql.append(" and t.").append(column).append(" < :").append(name).append("To");
            p.put(name + "To", to);
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    /** The ticket if the caller may see it; otherwise "not found", whatever the reason. */
    Ticket visible(OrgAccess caller, UUID id) {
        Ticket t = em.createQuery("from Ticket t where t.orgId = :org and t.id = :id", Ticket.class)
                .setParameter("org", caller.orgId()).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("ticket", id));
        policy.seeTicket(caller, t.id, t.memberId);
        return t;
    }

    /**
     * The ticket of an action, locked: 404 if the caller may not see it, 403 if the policy's {@code rule} refuses
     * the action, then 412 if the caller's version is stale. State rules (409) come after, in the action.
     */
    Ticket loadForAction(OrgAccess caller, UUID id, long expectedVersion, ActionRule rule) {
        Ticket t = visible(caller, id);
        rule.check(caller, t.memberId);
        // Lock the row: two actions on the same ticket run one after the other, and the second sees the first.
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(t);
        StaleVersionException.check(expectedVersion, t.version);
        return t;
    }

    /** The rule of the actions that work a ticket (staff's), for {@link #loadForAction}. */
    void workTicket(OrgAccess caller, UUID structureId) {
        policy.workTicket(caller);
    }

    private void transition(Ticket t, OrgAccess caller, String action, Set<Status> from, Status to) {
        requireStatus(t, from, action);
        history(t, caller, action, "status", t.status.name(), to.name());
        t.status = to;
    }

    private static void requireStatus(Ticket t, Set<Status> allowed, String action) {
        if (!allowed.contains(t.status)) {
            throw new ConflictException("ticketing.ticket.invalid-transition", action, t.reference, t.status);
        }
    }

    TicketView save(Ticket t, String eventType) {
        t.updatedAt = Instant.now();
        em.flush();
        TicketView view = view(t);
        webhooks.publish(t.orgId, eventType, view);
        return view;
    }

    void history(Ticket t, OrgAccess caller, String action, String field, String from, String to) {
        String actor = caller.personId() != null ? "person" : caller.clientId() != null ? "client:" + caller.clientId()
                : "platform-admin";
        historyRow(t, caller.personId(), actor, action, field, from, to);
    }

    private void historyRow(Ticket t, UUID actorId, String actor, String action, String field, String from, String to) {
        em.createNativeQuery("insert into ticket_history (org_id, ticket_id, at, actor_id, actor, action, field,"
                + " from_value, to_value) values (?1, ?2, now(), ?3, ?4, ?5, ?6, ?7, ?8)").setParameter(1, t.orgId)
                .setParameter(2, t.id).setParameter(3, actorId).setParameter(4, actor).setParameter(5, action)
                .setParameter(6, field).setParameter(7, from).setParameter(8, to).executeUpdate();
    }

    private TicketView view(Ticket t) {
        @SuppressWarnings("unchecked")
        List<Object[]> lines = t.type == TicketType.PURCHASE_ORDER ? em.createNativeQuery(
                "select item, quantity, unit_price from ticket_order_lines where ticket_id = ?1 order by position")
                .setParameter(1, t.id).getResultList() : List.of();
        List<OrderLine> orderLines = new ArrayList<>();
        for (Object[] l : lines) {
            orderLines.add(new OrderLine((String) l[0], ((Number) l[1]).intValue(), (BigDecimal) l[2]));
        }
        return new TicketView(t.id, t.reference, t.type, t.status, t.memberId, t.requesterId, t.title, t.description,
                t.categoryId, t.serviceId, t.teamId, t.level, t.urgency, t.impact, t.priority, t.assigneeId,
                t.firstResponseDueAt, t.resolutionDueAt, t.firstRespondedAt, t.resolvedAt, t.closedAt,
                t.firstResponseBreached, t.resolutionBreached, t.satisfactionScore, t.satisfactionComment, t.mergedIntoId,
                orderLines,
                t.version, t.createdAt, t.updatedAt);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

}
