package org.passerelle.training.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record CourseView(UUID id, String code, String title, String summary, String objectives, String prerequisites,
        String audience, BigDecimal durationHours, Modality modality, ProgrammeType programmeType, BigDecimal priceEur,
        String accessDelay, String disabilityAccess, String assessmentMethods, List<String> tags, boolean published,
        BpfObjective bpfObjective, String specialityCode, String specialityLabel, int coldSurveyDelayDays,
        Instant createdAt, Instant updatedAt, long version) {
}
