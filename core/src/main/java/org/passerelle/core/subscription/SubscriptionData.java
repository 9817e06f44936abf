package org.passerelle.core.subscription;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** @param endsOn last day included; null while the subscription runs */
public record SubscriptionData(@NotNull UUID serviceId, @NotNull LocalDate startsOn, LocalDate endsOn) {

    @AssertTrue(message = "{passerelle.date-range}")
    boolean isEndsOnAfterStart() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }
}
