package org.passerelle.training.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The contact accepts the version it read.
 *
 * @param version the agreement version read (field {@code version} of the agreement, printed at its foot): a
 *                changed agreement is refused (409) rather than accepted unread
 */
public record AcceptanceData(@NotBlank @Size(max = 64) String version) {
}
