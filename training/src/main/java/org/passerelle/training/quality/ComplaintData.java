package org.passerelle.training.quality;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entry of the complaints and incidents register (Qualiopi indicator 31): what was received, the answer
 * given and the action taken. An ANSWERED or CLOSED entry has an answer.
 */
public record ComplaintData(@NotNull Kind kind, @NotNull LocalDate receivedOn, @NotNull Source source, UUID sessionId,
        @NotBlank @Size(max = 300) String subject, @Size(max = 10_000) String description,
        @Size(max = 10_000) String answer, LocalDate answeredOn, @Size(max = 10_000) String action,
        @NotNull Status status) {

    @Schema(name = "ComplaintKind")
    public enum Kind {
        COMPLAINT, INCIDENT
    }

    @Schema(name = "ComplaintSource")
    public enum Source {
        LEARNER, CLIENT, FUNDER, TRAINER, STAFF, OTHER
    }

    @Schema(name = "ComplaintStatus")
    public enum Status {
        OPEN, ANSWERED, CLOSED
    }
}
