package org.passerelle.core.subscription;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

/** A subscription with what a client shows of its service, so one call lists "my services". */
public record SubscriptionView(UUID id, UUID memberId, UUID serviceId, String serviceCode, String serviceName,
        UUID teamId, LocalDate startsOn, @Nullable LocalDate endsOn, boolean active, long version) implements Versioned {
}
