package org.passerelle.api.ticketing;

import java.util.Objects;

import org.passerelle.ticketing.stats.TicketStatistics;

/** The statistics as "metric;dimension;value" rows, for spreadsheets (semicolon: French locale). */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static String of(TicketStatistics s) {
        StringBuilder csv = new StringBuilder("metric;dimension;value\n");
        row(csv, "period", "from", s.from());
        row(csv, "period", "to", s.to());
        row(csv, "created", "", s.created());
        s.byType().forEach((k, v) -> row(csv, "created_by_type", k, v));
        s.topCategories().forEach(c -> row(csv, "created_by_category", c.name(), c.count()));
        s.byTeam().forEach(c -> row(csv, "created_by_team", c.name(), c.count()));
        s.byLevel().forEach((k, v) -> row(csv, "created_by_level", k, v));
        s.topMembers().forEach(c -> row(csv, "created_by_member", c.name(), c.count()));
        s.processingTimeByLevel().forEach((level, p) -> {
            row(csv, "resolved", level, p.resolved());
            row(csv, "processing_mean_seconds", level, p.mean().toSeconds());
            row(csv, "processing_median_seconds", level, p.median().toSeconds());
            row(csv, "processing_mean_business_seconds", level, p.meanBusiness().toSeconds());
            row(csv, "processing_median_business_seconds", level, p.medianBusiness().toSeconds());
        });
        row(csv, "sla_first_response_compliance_percent", "", s.sla().firstResponseCompliance());
        row(csv, "sla_resolution_compliance_percent", "", s.sla().resolutionCompliance());
        row(csv, "backlog_at_end", "", s.backlogAtEnd());
        row(csv, "recategorisation_rate_percent", "", s.recategorisation().rate());
        row(csv, "satisfaction_average", "", s.satisfaction().average());
        row(csv, "satisfaction_response_rate_percent", "", s.satisfaction().responseRate());
        return csv.toString();
    }

    private static void row(StringBuilder csv, String metric, String dimension, Object value) {
        csv.append(metric).append(';').append(quote(dimension)).append(';').append(Objects.toString(value, ""))
                .append('\n');
    }

    private static String quote(String value) {
        return value.contains(";") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
