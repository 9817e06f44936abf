package org.passerelle.mission.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

/**
 * @param provenance for a snapshot: the source key, its parameters, the period, how many records the value was
 *                   computed from, when, and the unit
 * @param evidenceFile name of the attached evidence file, if any
 */
public record MeasurementView(UUID id, UUID indicatorId, int year, @Nullable BigDecimal value, Origin origin,
        @Nullable String evidenceUrl, @Nullable String note, @Nullable SnapshotProvenance provenance,
        @Nullable String evidenceFile, @Nullable UUID recordedBy, Instant recordedAt) {
}
