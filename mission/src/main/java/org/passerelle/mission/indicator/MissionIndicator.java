package org.passerelle.mission.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "mission_indicators")
class MissionIndicator extends TenantEntity {

    @Column(name = "objective_id", nullable = false)
    UUID objectiveId;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    IndicatorType type;

    @Column(nullable = false)
    String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Direction direction;

    String method;

    String owner;

    BigDecimal baseline;

    @Column(name = "source_key")
    String sourceKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_params", nullable = false)
    Map<String, String> sourceParams = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "mission_indicator_targets", joinColumns = @JoinColumn(name = "indicator_id"))
    List<Target> targets = new ArrayList<>();

    void apply(IndicatorData data) {
        objectiveId = data.objectiveId();
        name = data.name().strip();
        type = data.type();
        unit = data.unit().strip();
        direction = data.direction();
        method = data.method();
        owner = data.owner();
        baseline = data.baseline();
        sourceKey = data.sourceKey() == null || data.sourceKey().isBlank() ? null : data.sourceKey().strip();
        sourceParams = data.sourceParams() == null ? new HashMap<>() : new HashMap<>(data.sourceParams());
        targets.clear();
        if (data.targets() != null) {
            data.targets().stream().sorted(Comparator.comparing(Target::year)).forEach(targets::add);
        }
    }

    Target target(int year) {
        return targets.stream().filter(t -> t.year() == year).findFirst().orElse(null);
    }

    IndicatorView view() {
        return new IndicatorView(id, objectiveId, name, type, unit, direction, method, owner, baseline, sourceKey,
                Map.copyOf(sourceParams), List.copyOf(targets), version);
    }
}
