package org.passerelle.mission.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * @param provenance for a snapshot: the source key, its parameters, the period, how many records the value was
 *                   computed from and when
 * @param evidenceFile name of the attached evidence file, if any
 */
public record MeasurementView(UUID id, UUID indicatorId, int year, BigDecimal value, Origin origin,
        String evidenceUrl, String note, Map<String, Object> provenance, String evidenceFile, UUID recordedBy,
        Instant recordedAt) {
}
