package org.passerelle.training.quality;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record ImprovementView(UUID id, String title, @Nullable String description, ImprovementData.Origin origin,
        @Nullable UUID complaintId, ImprovementData.Status status, @Nullable LocalDate dueOn,
        @Nullable LocalDate doneOn, long version) implements Versioned {
}
