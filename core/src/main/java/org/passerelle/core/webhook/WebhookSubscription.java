package org.passerelle.core.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "webhook_subscriptions")
class WebhookSubscription extends TenantEntity {

    @Column(nullable = false)
    String url;

    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    String[] eventTypes;

    /** {@code whsec_<base64>}, shared with the receiver; shown once, when created or rotated. */
    @Column(nullable = false)
    String secret;

    /** Registered before the Standard Webhooks keys: the secret's text is the HMAC key until it is rotated. */
    @Column(name = "secret_legacy", nullable = false)
    boolean secretLegacy;

    /** The secret a rotation replaced, still signing until {@link #previousSecretExpiresAt}. */
    @Column(name = "previous_secret")
    String previousSecret;

    @Column(name = "previous_secret_legacy")
    Boolean previousSecretLegacy;

    @Column(name = "previous_secret_expires_at")
    Instant previousSecretExpiresAt;

    String description;

    @Column(nullable = false)
    boolean active = true;

    /** A new secret; the current one keeps signing for {@code overlap} (none when zero). */
    String rotate(Duration overlap, Instant now) {
        boolean overlaps = !overlap.isZero();
        previousSecret = overlaps ? secret : null;
        previousSecretLegacy = overlaps ? secretLegacy : null;
        previousSecretExpiresAt = overlaps ? now.truncatedTo(ChronoUnit.SECONDS).plus(overlap) : null;
        secret = WebhookSignature.newSecret();
        secretLegacy = false;
        return secret;
    }

    WebhookView view() {
        Instant overlapEnds = previousSecretExpiresAt != null && previousSecretExpiresAt.isAfter(Instants.now())
                ? previousSecretExpiresAt : null;
        return new WebhookView(id, url, Set.of(eventTypes), description, active, secretLegacy, overlapEnds, version,
                createdAt);
    }
}
