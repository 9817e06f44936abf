package org.passerelle.mission.framework;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

/** One version of the raison d'être; {@code number} grows with each adoption. */
public record PurposeView(UUID id, int number, String text, LocalDate adoptedOn, @Nullable LocalDate publishedOn,
        long version) implements Versioned {
}
