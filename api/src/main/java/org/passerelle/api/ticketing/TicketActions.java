package org.passerelle.api.ticketing;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the ticket actions that take one. */
final class TicketActions {

    private TicketActions() {
    }

    record Assign(@NotNull UUID assigneeId) {
    }

    record Recategorise(@NotNull UUID categoryId) {
    }

    record Rate(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 2000) String comment) {
    }

    record NewComment(@NotBlank @Size(max = 20_000) String body, Boolean internal) {
    }
}
