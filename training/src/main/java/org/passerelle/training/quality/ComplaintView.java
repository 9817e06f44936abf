package org.passerelle.training.quality;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record ComplaintView(UUID id, ComplaintData.Kind kind, LocalDate receivedOn, ComplaintData.Source source,
        @Nullable UUID sessionId, String subject, @Nullable String description, @Nullable String answer,
        @Nullable LocalDate answeredOn, @Nullable String action, ComplaintData.Status status, long version) implements Versioned {
}
