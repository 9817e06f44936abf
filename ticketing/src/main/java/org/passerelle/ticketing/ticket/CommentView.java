package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

/** A follow-up: a public comment, or an internal note that requesters never see. */
public record CommentView(UUID id, @Nullable UUID authorId, boolean internal, String body, Instant createdAt) {
}
