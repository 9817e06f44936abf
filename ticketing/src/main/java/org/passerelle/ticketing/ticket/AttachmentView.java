package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.UUID;

public record AttachmentView(UUID id, String filename, String contentType, int size, String sha256, boolean internal,
        UUID uploadedBy, Instant createdAt) {
}
