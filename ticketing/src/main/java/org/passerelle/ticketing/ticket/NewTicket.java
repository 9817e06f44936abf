package org.passerelle.ticketing.ticket;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.passerelle.ticketing.settings.Impact;
import org.passerelle.ticketing.settings.Urgency;

/**
 * A new request. A requester files for its own structure ({@code memberId} may be omitted); agents and
 * partner systems name the structure.
 */
public record NewTicket(
        TicketType type,
        UUID memberId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20_000) String description,
        @NotNull UUID categoryId,
        Urgency urgency,
        Impact impact,
        @Size(max = 100) List<@Valid @NotNull OrderLine> orderLines) {
}
