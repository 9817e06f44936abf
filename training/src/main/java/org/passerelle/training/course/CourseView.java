package org.passerelle.training.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record CourseView(UUID id, String code, String title, @Nullable String summary, String objectives,
        @Nullable String prerequisites, @Nullable String audience, BigDecimal durationHours, Modality modality,
        ProgrammeType programmeType, @Nullable BigDecimal priceEur, @Nullable String accessDelay,
        @Nullable String disabilityAccess, @Nullable String assessmentMethods, List<String> tags, boolean published,
        BpfObjective bpfObjective, @Nullable String specialityCode, @Nullable String specialityLabel,
        int coldSurveyDelayDays, Instant createdAt, Instant updatedAt, long version) implements Versioned {
}
