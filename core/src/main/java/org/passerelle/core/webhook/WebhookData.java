package org.passerelle.core.webhook;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A webhook subscription as an admin writes it. Its secret is not part of it: the server makes it, shows it
 * once, and replaces it only by a rotation.
 */
public record WebhookData(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 50) Set<@NotBlank String> eventTypes,
        @Size(max = 500) String description,
        Boolean active) {
}
