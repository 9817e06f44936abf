package org.passerelle.training.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

/**
 * The public programme sheet of Qualiopi indicator 1: what a prospective learner must be told before
 * enrolling. Only published courses have one. {@code lastUpdated} dates the information, as auditors ask.
 */
public record ProgrammeSheet(UUID courseId, String code, String title, @Nullable String summary, String objectives,
        @Nullable String prerequisites, @Nullable String audience, BigDecimal durationHours, Modality modality,
        ProgrammeType programmeType, @Nullable BigDecimal priceEur, @Nullable String accessDelay,
        @Nullable String disabilityAccess, @Nullable String assessmentMethods, List<String> tags, Instant lastUpdated,
        List<String> missing) {
}
