package org.passerelle.ticketing.ticket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.service.ServiceCatalog;
import org.passerelle.core.subscription.SubscriptionService;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.ticketing.TicketingPolicy;
import org.passerelle.ticketing.category.CategoryView;
import org.passerelle.ticketing.settings.Impact;
import org.passerelle.ticketing.settings.Urgency;

/**
 * Files a ticket: for which structure (the policy says whether the caller may name one), about which category
 * (active, and subscribed to when the policy requires it), with its yearly reference; {@link Ticket#open} decides
 * its first status and SLA.
 */
@ApplicationScoped
public class TicketCreation {

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final TicketStore store;
    private final MemberService members;
    private final SubscriptionService subscriptions;
    private final ServiceCatalog services;
    private final WebhookPublisher webhooks;
    private final Event<TicketFiling> filings;

    TicketCreation(EntityManager em, TicketingPolicy policy, TicketStore store, MemberService members,
            SubscriptionService subscriptions, ServiceCatalog services, WebhookPublisher webhooks,
            Event<TicketFiling> filings) {
        this.em = em;
        this.policy = policy;
        this.store = store;
        this.members = members;
        this.subscriptions = subscriptions;
        this.services = services;
        this.webhooks = webhooks;
        this.filings = filings;
    }

    @Transactional
    public TicketView create(OrgAccess caller, @Valid NewTicket data) {
        UUID orgId = caller.orgId();
        TicketingPolicy.Filing filing = policy.fileTicket(caller);
        UUID memberId = memberOf(orgId, filing, data.memberId());
        CategoryView category = store.category(orgId, data.categoryId());
        if (filing.subscribedCategoriesOnly() && category.serviceId() != null) {
            LocalDate today = LocalDate.now(caller.zone());
            if (!subscriptions.activeServiceIds(orgId, memberId, today).contains(category.serviceId())) {
                throw new RuleViolationException("categoryId", "ticketing.ticket.subscription-missing",
                        services.get(orgId, category.serviceId()).name());
            }
        }
        TicketType type = data.type() == null ? TicketType.ASSISTANCE : data.type();
        List<OrderLine> lines = data.orderLines() == null ? List.of()
                : data.orderLines().stream().map(OrderLine::stored).toList();
        if (type == TicketType.PURCHASE_ORDER && lines.isEmpty()) {
            throw new RuleViolationException("orderLines", "ticketing.ticket.order-lines-required");
        }
        if (type == TicketType.ASSISTANCE && !lines.isEmpty()) {
            throw new RuleViolationException("orderLines", "ticketing.ticket.order-lines-forbidden");
        }
        Ticket t = new Ticket();
        t.orgId = orgId;
        t.type = type;
        t.memberId = memberId;
        t.requesterId = filing.requesterId();
        t.title = data.title().strip();
        t.description = data.description().strip();
        t.route(category);
        t.level = category.defaultLevel();
        t.urgency = data.urgency() == null ? Urgency.MEDIUM : data.urgency();
        t.impact = data.impact() == null ? Impact.MEDIUM : data.impact();
        t.open(store.sla(orgId), Instants.now());
        TicketFiling announced = new TicketFiling(orgId, t.requesterId, t.teamId);
        filings.fire(announced); // the e-mails' reads
        // Every read is done: the reference's row lock is taken now and held through the writes below only.
        t.reference = nextReference(orgId, LocalDate.now(caller.zone()).getYear());
        em.persist(t); // its search vector is computed in the INSERT (trigger tickets_search_on_insert)
        em.flush();
        insertOrderLines(t, lines);
        store.record(t, caller, "created", null, null, t.reference);
        TicketView view = store.view(t, lines);
        webhooks.publish(orgId, TicketEventTypes.CREATED, view);
        announced.filed(view);
        io.micrometer.core.instrument.Metrics.counter("passerelle.tickets.created").increment();
        return view;
    }

    /** A purchase order's lines, in one statement. */
    private void insertOrderLines(Ticket t, List<OrderLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into ticket_order_lines (id, org_id, ticket_id, position, item, quantity, unit_price)"
                + " select gen_random_uuid(), ?1, ?2, l.position - 1, l.item, l.quantity, l.unit_price"
                + " from unnest(cast(?3 as text[]), cast(?4 as integer[]), cast(?5 as numeric[]))"
                + " with ordinality as l (item, quantity, unit_price, position)")
                .setParameter(1, t.orgId).setParameter(2, t.id)
                .setParameter(3, lines.stream().map(OrderLine::item).toArray(String[]::new))
                .setParameter(4, lines.stream().map(OrderLine::quantity).toArray(Integer[]::new))
                .setParameter(5, lines.stream().map(OrderLine::estimatedUnitPrice).toArray(BigDecimal[]::new))
                .executeUpdate();
    }

    /** A requester files for its own structure; others name an existing one. */
    private UUID memberOf(UUID orgId, TicketingPolicy.Filing filing, UUID requested) {
        UUID memberId = requested;
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
        return memberId;
    }

    private String nextReference(UUID orgId, int year) {
        // One row per organisation and year, incremented under its row lock until commit: no gap, no duplicate
        // (docs/ticketing.md says why gapless, and what it costs).
        Number value = (Number) em.createNativeQuery("insert into ticket_sequences (org_id, year, last_value)"
                + " values (?1, ?2, 1) on conflict (org_id, year) do update set last_value = ticket_sequences.last_value + 1"
                + " returning last_value").setParameter(1, orgId).setParameter(2, year).getSingleResult();
        return TicketReference.format(year, value.intValue());
    }
}
