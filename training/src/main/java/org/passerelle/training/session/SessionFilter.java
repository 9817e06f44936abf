package org.passerelle.training.session;

import java.time.Instant;
import java.util.UUID;

/**
 * Criteria of a session search; null means "any".
 *
 * @param trainerId only the sessions this person teaches (forced for trainers)
 * @param from      sessions ending at or after this instant
 * @param to        sessions starting before this instant
 */
public record SessionFilter(UUID courseId, SessionStatus status, UUID trainerId, Instant from, Instant to) {
}
