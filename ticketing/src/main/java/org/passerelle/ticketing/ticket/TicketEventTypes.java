package org.passerelle.ticketing.ticket;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.webhook.WebhookEventTypes;

/** Webhook events about tickets; the payload is the {@link TicketView}. */
@ApplicationScoped
class TicketEventTypes implements WebhookEventTypes {

    static final String CREATED = "ticket.created";
    static final String UPDATED = "ticket.updated";
    static final String RESOLVED = "ticket.resolved";
    static final String SLA_BREACHED = "ticket.sla_breached";

    @Override
    public Set<String> types() {
        return Set.of(CREATED, UPDATED, RESOLVED, SLA_BREACHED);
    }
}
