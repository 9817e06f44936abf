package org.passerelle.ticketing.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.core.persistence.Versioned;

/**
 * A received message the intake did not file, as an agent reviews it.
 *
 * @param detail   what made it automatic, or the desk's refusal (a message key)
 * @param files    names of its attached files, filed with it when accepted
 * @param ticketId the ticket it was filed in, once accepted
 */
public record QuarantineView(UUID id, String sender, String subject, String body, Quarantine.Reason reason,
        @Nullable String detail, Quarantine.Status status, List<String> files, @Nullable UUID ticketId, Instant receivedAt,
        long version) implements Versioned {
}
