package org.passerelle.core.webhook;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A webhook subscription as an admin writes it.
 *
 * @param secret the HMAC key; generated when absent (create) or kept when absent (update)
 */
public record WebhookData(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 50) Set<@NotBlank String> eventTypes,
        @Size(min = 24, max = 200) String secret,
        @Size(max = 500) String description,
        Boolean active) {
}
