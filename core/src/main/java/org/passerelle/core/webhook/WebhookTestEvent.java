package org.passerelle.core.webhook;

import java.util.UUID;

/**
 * The data of a {@value #TYPE} event, sent on request to one subscription so that its receiver can check its
 * signature verification. No subscription names this type; it is never published otherwise.
 */
public record WebhookTestEvent(UUID webhookId) {

    public static final String TYPE = "webhook.test";
}
