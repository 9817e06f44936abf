package org.passerelle.core.member;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Which member structures subscribe to a service, answered by the subscriptions package (which already depends
 * on this one): members filter on it without naming another package's entity or table.
 */
public interface Subscribers {

    /** Ids of the members with a subscription to {@code serviceId} running on {@code day}. */
    Set<UUID> of(UUID orgId, UUID serviceId, LocalDate day);
}
