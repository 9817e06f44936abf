package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

public record AttachmentView(UUID id, String filename, String contentType, int size, String sha256, boolean internal,
        @Nullable UUID uploadedBy, Instant createdAt) {
}
