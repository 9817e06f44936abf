package org.passerelle.inclusion.diagnostic;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.core.persistence.Versioned;

/** A campaign: open while results may be entered, closed afterwards (proposals may still be accepted). */
public record DiagnosticCampaignView(UUID id, UUID memberId, String memberName, String title, boolean closed,
        @Nullable Instant closedAt, long participants, Instant createdAt, long version) implements Versioned {
}
