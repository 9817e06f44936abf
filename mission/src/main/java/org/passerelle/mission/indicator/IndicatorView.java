package org.passerelle.mission.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record IndicatorView(UUID id, UUID objectiveId, String name, IndicatorType type, String unit,
        Direction direction, @Nullable String method, @Nullable String owner, @Nullable BigDecimal baseline,
        @Nullable String sourceKey, Map<String, String> sourceParams, List<Target> targets, long version) implements Versioned {
}
