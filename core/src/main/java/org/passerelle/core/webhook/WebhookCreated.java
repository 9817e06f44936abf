package org.passerelle.core.webhook;

/**
 * A subscription just created or whose secret was rotated: the only time its secret is returned.
 *
 * @param secret {@code whsec_} followed by the base64 of 32 random bytes, the HMAC key
 */
public record WebhookCreated(WebhookView webhook, String secret) {
}
