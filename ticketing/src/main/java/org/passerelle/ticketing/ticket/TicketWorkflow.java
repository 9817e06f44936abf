package org.passerelle.ticketing.ticket;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.ticketing.TicketingPolicy;

/**
 * The workflow as explicit actions. Each loads the ticket in the caller's organisation and asks
 * {@link TicketingPolicy} (404 if the caller may not see it, 403 if it may see but not do this, 412 if stale),
 * then {@link Ticket} applies the transition (409 if its status does not allow it) and the history records it.
 */
@ApplicationScoped
public class TicketWorkflow {

    private final TicketingPolicy policy;
    private final TicketStore store;
    private final PeopleDirectory people;
    private final Event<TicketNotice> notices;

    TicketWorkflow(TicketingPolicy policy, TicketStore store, PeopleDirectory people,
            Event<TicketNotice> notices) {
        this.policy = policy;
        this.store = store;
        this.people = people;
        this.notices = notices;
    }

    /** A purchase order approved by its structure's administrative contact (or an organisation admin). */
    @Transactional
    public TicketView approve(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = store.forAction(caller, id, expectedVersion, policy::approve);
        return save(t, caller, t.approve(store.sla(t.orgId), Instants.now()));
    }

    @Transactional
    public TicketView take(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = store.forAction(caller, id, expectedVersion, (c, structure) -> policy.takeTicket(c));
        return save(t, caller, t.assign(caller.personId(), Instants.now()));
    }

    @Transactional
    public TicketView assign(OrgAccess caller, UUID id, long expectedVersion, UUID assigneeId) {
        Ticket t = store.forAction(caller, id, expectedVersion, store::workTicket);
        boolean assignable = assigneeId != null && people.membershipsOf(assigneeId).stream()
                .anyMatch(m -> m.orgId().equals(t.orgId) && policy.assignable(m.roles()));
        if (!assignable) {
            throw new RuleViolationException("assigneeId", "ticketing.ticket.not-an-agent", assigneeId);
        }
        return save(t, caller, t.assign(assigneeId, Instants.now()));
    }

    /** The agent needs the requester: the SLA clock stops until the ticket resumes. */
    @Transactional
    public TicketView waitForRequester(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = store.forAction(caller, id, expectedVersion, store::workTicket);
        return save(t, caller, t.waitForRequester(Instants.now()));
    }

    /** Staff resume a waiting ticket; a requester resumes it by answering (see {@link TicketComments}). */
    @Transactional
    public TicketView resume(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = store.forAction(caller, id, expectedVersion, (c, structure) -> policy.resume(c));
        return save(t, caller, t.resume(store.sla(t.orgId), Instants.now()));
    }

    @Transactional
    public TicketView resolve(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = store.forAction(caller, id, expectedVersion, store::workTicket);
        TicketView view = store.save(t, caller, t.resolve(store.sla(t.orgId), Instants.now()), TicketEventTypes.RESOLVED);
        notices.fire(new TicketNotice(TicketNotice.Kind.RESOLVED, t.orgId, view, null));
        return view;
    }

    @Transactional
    public TicketView close(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = store.forAction(caller, id, expectedVersion, policy::close);
        return save(t, caller, t.close(Instants.now()));
    }

    /** Within the closing window, the requester (or staff) reopens a resolved ticket. */
    @Transactional
    public TicketView reopen(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = store.forAction(caller, id, expectedVersion, policy::reopen);
        return save(t, caller, t.reopen(store.sla(t.orgId), Instants.now()));
    }

    @Transactional
    public TicketView cancel(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = store.forAction(caller, id, expectedVersion, policy::cancel);
        return save(t, caller, t.cancel(policy.cancelsStartedWork(caller), Instants.now()));
    }

    @Transactional
    public TicketView escalate(OrgAccess caller, UUID id, long expectedVersion) {
        Ticket t = store.forAction(caller, id, expectedVersion, store::workTicket);
        return save(t, caller, t.escalate(store.sla(t.orgId)));
    }

    /** Moves the ticket to the right category (and so team); counted, because misrouting delays requests. */
    @Transactional
    public TicketView recategorise(OrgAccess caller, UUID id, long expectedVersion, UUID categoryId) {
        Ticket t = store.forAction(caller, id, expectedVersion, store::workTicket);
        return save(t, caller, t.recategorise(categoryId, c -> store.category(t.orgId, c)));
    }

    @Transactional
    public TicketView rate(OrgAccess caller, UUID id, long expectedVersion, int score, String comment) {
        Ticket t = store.forAction(caller, id, expectedVersion, policy::rate);
        return save(t, caller, t.rate(score, comment));
    }

    private TicketView save(Ticket t, OrgAccess caller, List<Ticket.Change> changes) {
        return store.save(t, caller, changes, TicketEventTypes.UPDATED);
    }
}
