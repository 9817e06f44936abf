package org.passerelle.ticketing.knowledge;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What staff write: the text (versioned once published), its category (hence its service) and readers. */
public record ArticleData(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 100_000) String body,
        @NotNull UUID categoryId, @NotNull Visibility visibility) {
}
