package org.passerelle.mission.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Nullable;

import org.passerelle.mission.committee.CommitteeRole;
import org.passerelle.mission.framework.FrameworkKind;
import org.passerelle.mission.framework.Progress;
import org.passerelle.mission.indicator.IndicatorStatus;
import org.passerelle.mission.indicator.IndicatorType;
import org.passerelle.mission.sesame.CriterionResult;

/**
 * The yearly mission report as data, in the outline of the seed report: raison d'être, objectives with the
 * year's action and progress and their indicators, key figures, committee and meetings, Sésame results,
 * targets for the next years, findings. Words typed by the company stay as typed; renderers translate the
 * rest. A frozen report is this record as it was approved. For an {@link FrameworkKind#EXTRA_FINANCIAL}
 * framework, the statutory objectives are the organisation's pillars.
 */
public record MissionReport(String organisation, FrameworkKind kind, int year, Instant generatedAt,
        @Nullable Instant frozenAt, @Nullable Purpose purpose, List<StatutoryObjective> objectives,
        List<KeyFigure> keyFigures, Committee committee, List<CriterionResult> sesame, @Nullable String findings) {

    public record Purpose(int number, String text, LocalDate adoptedOn, @Nullable LocalDate publishedOn) {
    }

    public record StatutoryObjective(String code, String title, @Nullable String description,
            List<OperationalObjective> operational) {
    }

    public record OperationalObjective(String code, String title, @Nullable String description, @Nullable Action action,
            List<IndicatorLine> indicators, List<FutureTarget> nextTargets) {
    }

    public record Action(String planned, Progress progress, @Nullable Integer percent, @Nullable String commentary,
            @Nullable String means, @Nullable String externalCircumstances) {
    }

    /**
     * @param source where the value comes from: the SPI source key and record count for a computed value,
     *               "manual" otherwise; null without a value
     */
    public record IndicatorLine(String name, IndicatorType type, String unit, @Nullable BigDecimal target,
            @Nullable String targetLabel, @Nullable BigDecimal value, @Nullable IndicatorStatus status,
            @Nullable String source) {
    }

    public record FutureTarget(int year, String indicator, String unit, @Nullable BigDecimal value,
            @Nullable String label) {
    }

    /** An indicator's figure of the year, for the key-figures table and chart. */
    public record KeyFigure(String objective, String indicator, String unit, @Nullable BigDecimal value,
            @Nullable BigDecimal target, @Nullable IndicatorStatus status, @Nullable String source) {
    }

    public record Committee(List<Member> members, boolean referentOnly, List<Meeting> meetings, int meetingsTarget,
            List<String> warnings) {
    }

    public record Member(String name, CommitteeRole role, boolean employee, @Nullable String bio) {
    }

    public record Meeting(LocalDate heldOn, String title, @Nullable String decisions) {
    }

    /** The same report without its Sésame results, for a reader who may not see them yet. */
    public MissionReport withoutSesame() {
        return new MissionReport(organisation, kind, year, generatedAt, frozenAt, purpose, objectives, keyFigures, committee,
                List.of(), findings);
    }

    public MissionReport frozen(Instant at) {
        return new MissionReport(organisation, kind, year, generatedAt, at, purpose, objectives, keyFigures, committee, sesame,
                findings);
    }
}
