package org.passerelle.ticketing.stats;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Nullable;

/**
 * Ticketing figures for a period: volumes of the tickets created in it, durations and SLA of those resolved
 * in it, the backlog at its end. Durations are ISO-8601 (a mean of 1 day 1 h 44 min is {@code PT25H44M}).
 */
public record TicketStatistics(
        LocalDate from,
        LocalDate to,
        long created,
        Map<String, Long> byType,
        List<Count> topCategories,
        List<Count> byTeam,
        Map<String, Long> byLevel,
        List<Count> topMembers,
        Map<String, ProcessingTime> processingTimeByLevel,
        Sla sla,
        long backlogAtEnd,
        Recategorisation recategorisation,
        Satisfaction satisfaction) {

    public record Count(String id, String name, long count) {
    }

    /**
     * Over tickets resolved in the period: calendar time and business time (opening hours only). Means are exact;
     * medians are read from 2 % log-scale buckets, within 1 % of the exact median before rounding to the second.
     */
    public record ProcessingTime(long resolved, @Nullable Duration mean, @Nullable Duration median,
            @Nullable Duration meanBusiness, @Nullable Duration medianBusiness) {
    }

    /** Share of tickets resolved in the period that met each target (0–100, null without tickets). */
    public record Sla(@Nullable BigDecimal firstResponseCompliance, @Nullable BigDecimal resolutionCompliance) {
    }

    /** Share of the period's tickets moved to another category, and what it costs in processing time. */
    public record Recategorisation(@Nullable BigDecimal rate, @Nullable Duration meanProcessingWhenRecategorised,
            @Nullable Duration meanProcessingOtherwise) {
    }

    /** Average score (1–5), how many resolved tickets were rated, and their share. */
    public record Satisfaction(@Nullable BigDecimal average, long rated, @Nullable BigDecimal responseRate) {
    }
}
