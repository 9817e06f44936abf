package org.passerelle.training.quality;

import java.time.LocalDate;
import java.util.UUID;

public record ComplaintView(UUID id, ComplaintData.Kind kind, LocalDate receivedOn, ComplaintData.Source source,
        UUID sessionId, String subject, String description, String answer, LocalDate answeredOn, String action,
        ComplaintData.Status status, long version) {
}
