package org.passerelle.core.mail;

import java.time.Instant;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A mail template as the organisation sends it.
 *
 * @param updatedAt when the organisation wrote its version; null for the shipped one
 */
public record MailTemplateView(
        @Schema(examples = "convocation") String template,
        @Schema(examples = "fr") String language,
        @Schema(examples = "{#fragment id=subject rendered=false}Convocation : {course}{/fragment}\n{#fragment id=body rendered=false}Bonjour {learner},\n…{/fragment}") String source,
        @Nullable Instant updatedAt) {
}
