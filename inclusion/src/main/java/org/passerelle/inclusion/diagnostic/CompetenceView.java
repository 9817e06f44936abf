package org.passerelle.inclusion.diagnostic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A competence of the reference framework, with its area. */
public record CompetenceView(@Schema(examples = "4.1") String code, Area area,
        @Schema(examples = "Protection et sécurité") String areaLabel,
        @Schema(examples = "Sécuriser l'environnement numérique") String label) {
}
