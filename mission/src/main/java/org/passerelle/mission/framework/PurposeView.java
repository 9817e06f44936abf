package org.passerelle.mission.framework;

import java.time.LocalDate;
import java.util.UUID;

/** One version of the raison d'être; {@code number} grows with each adoption. */
public record PurposeView(UUID id, int number, String text, LocalDate adoptedOn, LocalDate publishedOn,
        long version) {
}
