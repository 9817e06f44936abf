package org.passerelle.inclusion.diagnostic;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant and its levels, in the framework's order (competences not yet assessed are absent). */
public record ParticipantView(UUID id, UUID personId, String name, String email, List<Level> results) {

    /** @param level 0 (not reached) to 8 */
    @Schema(name = "CompetenceLevel")
    public record Level(@Schema(examples = "4.1") String competence, int level) {
    }
}
