package org.passerelle.mission.report;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.webhook.WebhookEventTypes;

/** Webhook events of the mission module. */
@ApplicationScoped
class MissionEventTypes implements WebhookEventTypes {

    /** Payload: {@code {"year": 2024, "frozenAt": "…"}}. */
    static final String REPORT_FROZEN = "mission.report.frozen";

    @Override
    public Set<String> types() {
        return Set.of(REPORT_FROZEN);
    }
}
