package org.passerelle.training.communication;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

/**
 * One line of an enrolment's send log.
 *
 * @param failure the mail server's last answer, while retried or once failed
 */
public record CommunicationView(UUID id, UUID enrolmentId, CommunicationKind kind, String recipient,
        DeliveryState state, Instant queuedAt, @Nullable Instant sentAt, @Nullable String failure) {
}
