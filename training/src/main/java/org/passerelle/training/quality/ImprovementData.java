package org.passerelle.training.quality;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An improvement action (Qualiopi indicator 32), linked to what prompted it: a complaint of the register
 * ({@code complaintId}, origin COMPLAINT), surveys, trainers, an audit or a funder. DONE needs {@code doneOn}.
 */
public record ImprovementData(@NotBlank @Size(max = 300) String title, @Size(max = 10_000) String description,
        @NotNull Origin origin, UUID complaintId, @NotNull Status status, LocalDate dueOn, LocalDate doneOn) {

    @Schema(name = "ImprovementOrigin")
    public enum Origin {
        COMPLAINT, SURVEY, TRAINER, AUDIT, FUNDER, OTHER
    }

    @Schema(name = "ImprovementStatus")
    public enum Status {
        PLANNED, IN_PROGRESS, DONE
    }
}
