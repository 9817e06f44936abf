package org.passerelle.ticketing.intake;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * How an agent files a quarantined message: as the requester it names, appended to {@code ticketId} as a public
 * comment, or else as a new ticket of {@code categoryId}.
 */
public record Acceptance(@NotNull UUID requesterId, UUID ticketId, UUID categoryId) {
}
