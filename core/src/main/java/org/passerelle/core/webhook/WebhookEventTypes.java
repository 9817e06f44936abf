package org.passerelle.core.webhook;

import java.util.Set;

/**
 * The event types a module publishes. Each module contributes one bean; subscriptions may only name
 * known types.
 */
public interface WebhookEventTypes {

    Set<String> types();
}
