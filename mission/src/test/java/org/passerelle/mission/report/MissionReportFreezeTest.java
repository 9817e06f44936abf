package org.passerelle.mission.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.mission.framework.FrameworkKind;
import org.passerelle.mission.sesame.Criterion;
import org.passerelle.mission.sesame.CriterionResult;

class MissionReportFreezeTest {

    private static final Instant GENERATED = Instant.parse("2025-03-01T09:00:00Z");

    private final MissionReport live = new MissionReport("Passerelle", FrameworkKind.MISSION, 2024, GENERATED, null,
            null, List.of(), List.of(new MissionReport.KeyFigure("1.1", "Modules", "u", BigDecimal.ONE, BigDecimal.TEN,
                    null, "manual")),
            new MissionReport.Committee(List.of(), false, List.of(), 4, List.of("empty")),
            List.of(new CriterionResult(Criterion.values()[0], "label", List.of(), new BigDecimal("3.16"), 6,
                    List.of(1L, 1L, 0L, 4L), List.of())),
            "Constats");

    @Test
    void freezing_stamps_the_approval_and_keeps_everything_as_generated() {
        Instant approved = Instant.parse("2025-04-15T10:00:00Z");
        MissionReport frozen = live.frozen(approved);
        assertEquals(approved, frozen.frozenAt());
        assertEquals(GENERATED, frozen.generatedAt());
        assertEquals(live.keyFigures(), frozen.keyFigures());
        assertEquals(live.sesame(), frozen.sesame());
        assertEquals(live.findings(), frozen.findings());
        assertNull(live.frozenAt(), "the live report is not changed");
    }

    @Test
    void a_reader_who_may_not_see_the_sesame_results_gets_all_but_them() {
        MissionReport hidden = live.frozen(Instant.now()).withoutSesame();
        assertTrue(hidden.sesame().isEmpty());
        assertEquals(live.keyFigures(), hidden.keyFigures());
        assertEquals(live.committee(), hidden.committee());
        assertEquals(live.findings(), hidden.findings());
    }
}
