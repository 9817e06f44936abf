package org.passerelle.ticketing.ticket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.calendar.CalendarService;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.ticketing.TicketingPolicy;
import org.passerelle.ticketing.category.CategoryService;
import org.passerelle.ticketing.category.CategoryView;
import org.passerelle.ticketing.settings.SettingsService;

/**
 * What every ticket service shares, and nothing else: loading a ticket the caller may see (404 otherwise), locking
 * it for an action, the organisation's {@link SlaClock}, and saving with its history and the webhook. The services
 * (creation, workflow, comments, history, search, attachments, links) use this, never each other.
 */
@ApplicationScoped
class TicketStore {

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
    private final WebhookPublisher webhooks;

    TicketStore(EntityManager em, TicketingPolicy policy, CategoryService categories, SettingsService settings,
            CalendarService calendars, WebhookPublisher webhooks) {
        this.em = em;
        this.policy = policy;
        this.categories = categories;
        this.settings = settings;
        this.calendars = calendars;
        this.webhooks = webhooks;
    }

    /** The ticket if the caller may see it; otherwise "not found", whatever the reason. */
    Ticket visible(OrgAccess caller, UUID id) {
        // By primary key, then the organisation compared: no query to build, no cursor to open.
        Ticket t = em.find(Ticket.class, id);
        if (t == null || !t.orgId.equals(caller.orgId())) {
            throw new NotFoundException("ticket", id);
        }
        policy.seeTicket(caller, t.id, t.memberId);
        return t;
    }

    /**
     * The ticket of an action, locked: 404 if the caller may not see it, 403 if the policy's {@code rule} refuses
     * the action, then 412 if the caller's version is stale. State rules (409) come after, in {@link Ticket}.
     */
    Ticket forAction(OrgAccess caller, UUID id, long expectedVersion, ActionRule rule) {
        Ticket t = visible(caller, id);
        rule.check(caller, t.memberId);
        // Lock the row: two actions on the same ticket run one after the other, and the second sees the first.
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(t);
        StaleVersionException.check(expectedVersion, t.version);
        return t;
    }

    /** The rule of the actions that work a ticket (staff's), for {@link #forAction}. */
    void workTicket(OrgAccess caller, UUID structureId) {
        policy.workTicket(caller);
    }

    SlaClock sla(UUID orgId) {
        return new SlaClock(calendars.businessCalendar(orgId), settings.get(orgId));
    }

    /** An active category of the organisation to route a ticket to; 422 otherwise. */
    CategoryView category(UUID orgId, UUID id) {
        CategoryView c;
        try {
            c = categories.get(orgId, id);
        } catch (NotFoundException e) {
            throw new RuleViolationException("categoryId", "ticketing.category.unknown", id);
        }
        if (!c.active()) {
            throw new RuleViolationException("categoryId", "ticketing.ticket.inactive-category");
        }
        return c;
    }

    /** Records the caller's changes in the history, writes the ticket and announces it as it now is. */
    TicketView save(Ticket t, OrgAccess caller, List<Ticket.Change> changes, String eventType) {
        // Stamped before the history's inserts flush it, so the ticket is written (and versioned) once.
        t.updatedAt = Instants.now();
        record(t, caller, changes);
        em.flush();
        TicketView view = view(t);
        webhooks.publish(t.orgId, eventType, view);
        return view;
    }

    /** Records what the caller did, in order. */
    void record(Ticket t, OrgAccess caller, List<Ticket.Change> changes) {
        String actor = caller.personId() != null ? "person" : caller.clientId() != null ? "client:" + caller.clientId()
                : "platform-admin";
        changes.forEach(c -> insertHistory(t, caller.personId(), actor, c));
    }

    void record(Ticket t, OrgAccess caller, String action, String field, String from, String to) {
        record(t, caller, List.of(new Ticket.Change(action, field, from, to)));
    }

    /** Records what the system did by itself (a scheduled closing). */
    void recordSystem(Ticket t, Ticket.Change change) {
        insertHistory(t, null, "system", change);
    }

    private void insertHistory(Ticket t, UUID actorId, String actor, Ticket.Change c) {
        em.createNativeQuery("insert into ticket_history (org_id, ticket_id, at, actor_id, actor, action, field,"
                + " from_value, to_value) values (?1, ?2, now(), ?3, ?4, ?5, ?6, ?7, ?8)").setParameter(1, t.orgId)
                .setParameter(2, t.id).setParameter(3, actorId).setParameter(4, actor).setParameter(5, c.action())
                .setParameter(6, c.field()).setParameter(7, c.from()).setParameter(8, c.to()).executeUpdate();
    }

    TicketView view(Ticket t) {
        return view(t, orderLines(List.of(t)).getOrDefault(t.id, List.of()));
    }

    /** The order lines of the purchase orders among {@code tickets}, in one query (none when there are none). */
    Map<UUID, List<OrderLine>> orderLines(List<Ticket> tickets) {
        List<UUID> orders = tickets.stream().filter(t -> t.type == TicketType.PURCHASE_ORDER).map(t -> t.id).toList();
        if (orders.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select ticket_id, item, quantity, unit_price from ticket_order_lines"
                + " where ticket_id = any (cast(?1 as uuid[])) order by ticket_id, position")
                .setParameter(1, SqlValues.uuidArray(orders)).getResultList();
        Map<UUID, List<OrderLine>> lines = new HashMap<>();
        for (Object[] l : rows) {
            lines.computeIfAbsent((UUID) l[0], id -> new ArrayList<>())
                    .add(new OrderLine((String) l[1], ((Number) l[2]).intValue(), (BigDecimal) l[3]));
        }
        return lines;
    }

    TicketView view(Ticket t, List<OrderLine> orderLines) {
        return new TicketView(t.id, t.reference, t.type, t.status, t.memberId, t.requesterId, t.title, t.description,
                t.categoryId, t.serviceId, t.teamId, t.level, t.urgency, t.impact, t.priority, t.assigneeId,
                t.firstResponseDueAt, t.resolutionDueAt, t.firstRespondedAt, t.resolvedAt, t.closedAt,
                t.firstResponseBreached, t.resolutionBreached, t.satisfactionScore, t.satisfactionComment, t.mergedIntoId,
                orderLines,
                t.version, t.createdAt, t.updatedAt);
    }
}
