package org.passerelle.core.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "webhook_subscriptions")
class WebhookSubscription extends TenantEntity {

    @Column(nullable = false)
    String url;

    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    String[] eventTypes;

    /** HMAC key shared with the receiver; shown once, when created or rotated. */
    @Column(nullable = false)
    String secret;

    String description;

    @Column(nullable = false)
    boolean active = true;

    WebhookView view() {
        return new WebhookView(id, url, java.util.Set.of(eventTypes), description, active, version, createdAt);
    }
}
