package org.passerelle.mission.verification;

import java.time.Instant;
import java.util.List;

import org.passerelle.mission.committee.MeetingView;
import org.passerelle.mission.committee.CommitteeMemberView;
import org.passerelle.mission.framework.ActionView;
import org.passerelle.mission.framework.ObjectiveView;
import org.passerelle.mission.framework.PurposeView;
import org.passerelle.mission.indicator.IndicatorView;
import org.passerelle.mission.indicator.IndicatorYear;
import org.passerelle.mission.indicator.MeasurementView;
import org.passerelle.mission.sesame.CriterionResult;

/**
 * Everything the OTI needs for a verification cycle, traceable to its records: the framework, each year's
 * actions, every indicator with its targets, values and their provenance or evidence (the whole trail), the
 * committee and its minutes, the Sésame results.
 */
public record EvidencePackage(String organisation, Instant generatedAt, VerificationView verification,
        List<PurposeView> purposes, List<ObjectiveView> objectives, List<ActionView> actions,
        List<IndicatorEvidence> indicators, List<CommitteeMemberView> committee, List<MeetingView> meetings,
        List<YearResults> sesame) {

    public record IndicatorEvidence(IndicatorView indicator, List<IndicatorYear> years, List<MeasurementView> trail) {
    }

    public record YearResults(int year, List<CriterionResult> results) {
    }
}
