package org.passerelle.training.quality;

import java.time.LocalDate;
import java.util.UUID;

public record ImprovementView(UUID id, String title, String description, ImprovementData.Origin origin,
        UUID complaintId, ImprovementData.Status status, LocalDate dueOn, LocalDate doneOn, long version) {
}
