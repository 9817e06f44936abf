package org.passerelle.training.agreement;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.core.persistence.Versioned;

/**
 * One line of an agreement's audit trail.
 *
 * @param agreementVersion the version accepted (a fingerprint of the agreement's text)
 * @param acceptedByName   the contact's name when it accepted
 * @param ipAddress        the address the acceptance came from, as the server saw it
 * @param pdfSha256        SHA-256 (hex) of the exact PDF bytes accepted, which the accepted copy serves again
 */
public record AcceptanceView(UUID id, UUID memberId, UUID sessionId, String agreementVersion, UUID acceptedBy,
        String acceptedByName, Instant acceptedAt, @Nullable String ipAddress, @Nullable String userAgent, String lang,
        String pdfSha256, long version) implements Versioned {
}
