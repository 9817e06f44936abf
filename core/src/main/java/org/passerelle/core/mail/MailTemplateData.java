package org.passerelle.core.mail;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's version of a mail template: Qute text with {@code subject} and {@code body} fragments. */
public record MailTemplateData(
        @Schema(examples = "{#fragment id=subject rendered=false}Convocation : {course}{/fragment}\n{#fragment id=body rendered=false}Bonjour {learner},\n…{/fragment}")
        @NotBlank @Size(max = 20000) String source) {
}
