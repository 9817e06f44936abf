package org.passerelle.inclusion.diagnostic;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The competences a catalogue course develops: the courses proposed for a weak competence.
 *
 * @param competences framework codes; empty to unmap the course
 */
public record CourseCompetences(@NotNull UUID courseId,
        @NotNull @Size(max = 16) @Schema(examples = "[\"4.1\", \"4.2\"]") List<@NotNull @Pattern(regexp = "[1-5]\\.[1-4]") String> competences) {
}
