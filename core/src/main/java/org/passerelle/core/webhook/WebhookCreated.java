package org.passerelle.core.webhook;

/** A subscription just created or whose secret was rotated: the only time the secret is returned. */
public record WebhookCreated(WebhookView webhook, String secret) {
}
