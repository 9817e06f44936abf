package org.passerelle.mission.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.core.document.MarkdownRenderer;
import org.passerelle.mission.committee.CommitteeRole;
import org.passerelle.mission.framework.FrameworkKind;
import org.passerelle.mission.framework.Progress;
import org.passerelle.mission.indicator.IndicatorStatus;
import org.passerelle.mission.indicator.IndicatorType;

/** The report's words come from the mission bundle, in French by default and in English on request. */
class MissionReportDocumentTest {

    private final MissionReport report = new MissionReport("Passerelle", FrameworkKind.MISSION, 2024,
            Instant.parse("2025-03-01T09:00:00Z"), Instant.parse("2025-04-15T10:00:00Z"),
            new MissionReport.Purpose(2, "Partager le numérique", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1)),
            List.of(new MissionReport.StatutoryObjective("1", "Partager", null, List.of(
                    new MissionReport.OperationalObjective("1.1", "Outiller", null,
                            new MissionReport.Action("Publier deux modules", Progress.values()[0], 50, null, "2 ETP", null),
                            List.of(new MissionReport.IndicatorLine("Modules", IndicatorType.RESULT, "u", BigDecimal.TEN,
                                    null, new BigDecimal("4.5"), IndicatorStatus.MISSED, "manual")),
                            List.of())))),
            List.of(new MissionReport.KeyFigure("1.1", "Modules", "u", new BigDecimal("4.5"), BigDecimal.TEN,
                    IndicatorStatus.MISSED, "manual")),
            new MissionReport.Committee(List.of(new MissionReport.Member("Ada", CommitteeRole.PRESIDENT, false, null)),
                    false, List.of(), 3, List.of("no-employee")),
            List.of(), null);

    @Test
    void french_by_default() {
        String md = MarkdownRenderer.render(MissionReportDocument.of(report, Locale.FRENCH));
        for (String expected : List.of("Rapport de mission 2024 — Passerelle", "Rapport approuvé le 15 avril 2025",
                "Adoptée le 1 juin 2023, publiée le 1 juillet 2023 (version 2).", "Notre raison d'être",
                "Objectif statutaire 1 — Partager", "Objectif opérationnel 1.1 — Outiller",
                "Action prévue en 2024 : Publier deux modules", "Moyens alloués : 2 ETP", "4,5 u", "manqué",
                "saisie manuelle", "Réunions tenues en 2024 : 0 / 3 prévues.", "la loi en demande au moins un",
                "Pas encore de constats rédigés.")) {
            assertTrue(md.contains(expected), expected + " in\n" + md);
        }
        assertFalse(md.contains("mission.doc."), md);
    }

    @Test
    void english_on_request() {
        String md = MarkdownRenderer.render(MissionReportDocument.of(report, Locale.ENGLISH));
        for (String expected : List.of("Mission report 2024 — Passerelle", "Report approved on 15 April 2025",
                "Adopted on 1 June 2023, published on 1 July 2023 (version 2).", "Statutory objective 1 — Partager",
                "Action planned for 2024: Publier deux modules", "4.5 u", "missed", "typed in",
                "Meetings held in 2024: 0 / 3 planned.", "the law requires at least one", "No findings written yet.")) {
            assertTrue(md.contains(expected), expected + " in\n" + md);
        }
        assertFalse(md.contains("mission.doc."), md);
    }

    @Test
    void the_key_figures_document_too() {
        KeyFigures k = new KeyFigures("Passerelle", 2024, List.of(new KeyFigures.Figure("training.trainers.active",
                "Formateurs actifs", "COUNT", new BigDecimal("3.5"), 3)));
        String fr = MarkdownRenderer.render(KeyFiguresService.document(k, Locale.FRENCH));
        String en = MarkdownRenderer.render(KeyFiguresService.document(k, Locale.ENGLISH));
        assertTrue(fr.contains("Chiffres clés 2024 — Passerelle") && fr.contains("Enregistrements") && fr.contains("3,5"), fr);
        assertTrue(en.contains("Key figures 2024 — Passerelle") && en.contains("Records") && en.contains("3.5"), en);
        assertFalse((fr + en).contains("mission.doc."));
    }
}
