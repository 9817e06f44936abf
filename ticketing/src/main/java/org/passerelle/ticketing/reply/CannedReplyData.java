package org.passerelle.ticketing.reply;

import java.util.UUID;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A canned reply: of one team, or of the whole organisation when {@code teamId} is null. The body may hold
 * the placeholders {@code {{requester}}}, {@code {{reference}}} and {@code {{agent}}}.
 */
public record CannedReplyData(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20_000) String body,
        @Nullable UUID teamId) {
}
