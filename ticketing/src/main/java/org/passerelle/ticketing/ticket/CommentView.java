package org.passerelle.ticketing.ticket;

import java.time.Instant;
import java.util.UUID;

/** A follow-up: a public comment, or an internal note that requesters never see. */
public record CommentView(UUID id, UUID authorId, boolean internal, String body, Instant createdAt) {
}
