package org.passerelle.core.member;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.webhook.WebhookEventTypes;

/** Webhook events about member structures; the payload is the {@link MemberView}. */
@ApplicationScoped
class MemberEventTypes implements WebhookEventTypes {

    static final String CREATED = "member.created";
    static final String UPDATED = "member.updated";
    static final String DELETED = "member.deleted";

    @Override
    public Set<String> types() {
        return Set.of(CREATED, UPDATED, DELETED);
    }
}
