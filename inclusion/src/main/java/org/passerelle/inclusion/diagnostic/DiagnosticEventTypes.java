package org.passerelle.inclusion.diagnostic;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.webhook.WebhookEventTypes;

/** Webhook events of the diagnostic campaigns (payloads in docs/webhooks.md). */
@ApplicationScoped
class DiagnosticEventTypes implements WebhookEventTypes {

    /** Payload: {@code {"campaignId", "memberId", "title", "participants", "closedAt"}}. */
    static final String CAMPAIGN_CLOSED = "inclusion.diagnostic.campaign_closed";

    /** Payload: {@code {"campaignId", "proposalId", "personId", "competence", "courseId", "sessionId", "enrolmentId"}}. */
    static final String PROPOSAL_ACCEPTED = "inclusion.diagnostic.proposal_accepted";

    @Override
    public Set<String> types() {
        return Set.of(CAMPAIGN_CLOSED, PROPOSAL_ACCEPTED);
    }
}
