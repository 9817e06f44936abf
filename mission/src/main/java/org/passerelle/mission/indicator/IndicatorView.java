package org.passerelle.mission.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record IndicatorView(UUID id, UUID objectiveId, String name, IndicatorType type, String unit,
        Direction direction, String method, String owner, BigDecimal baseline, String sourceKey,
        Map<String, String> sourceParams, List<Target> targets, long version) {
}
