package org.passerelle.core.webhook;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * How a secret is rotated.
 *
 * @param overlap how long the previous secret keeps signing beside the new one (ISO-8601, at most 7 days);
 *                {@code PT0S} revokes it at once (a leaked secret); absent, the configured default (24 h)
 */
public record SecretRotation(@DurationMin(seconds = 0) @DurationMax(days = 7) Duration overlap) {
}
