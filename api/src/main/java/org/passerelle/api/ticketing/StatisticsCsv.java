package org.passerelle.api.ticketing;

import java.time.Duration;
import java.util.List;

import org.passerelle.core.export.CsvRows;
import org.passerelle.core.export.CsvTable;
import org.passerelle.ticketing.stats.TicketStatistics;

/** The statistics as "metric, dimension, value" rows, for spreadsheets and programs. */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static CsvTable of(TicketStatistics s) {
        return new CsvTable("ticketing.csv.", List.of("metric", "dimension", "value"), csv -> {
            csv.row("period", "from", s.from());
            csv.row("period", "to", s.to());
            csv.row("created", null, s.created());
            s.byType().forEach((k, v) -> csv.row("created_by_type", k, v));
            s.topCategories().forEach(c -> csv.row("created_by_category", c.name(), c.count()));
            s.byTeam().forEach(c -> csv.row("created_by_team", c.name(), c.count()));
            s.byLevel().forEach((k, v) -> csv.row("created_by_level", k, v));
            s.topMembers().forEach(c -> csv.row("created_by_member", c.name(), c.count()));
            s.processingTimeByLevel().forEach((level, p) -> {
                csv.row("resolved", level, p.resolved());
                seconds(csv, "processing_mean_seconds", level, p.mean());
                seconds(csv, "processing_median_seconds", level, p.median());
                seconds(csv, "processing_mean_business_seconds", level, p.meanBusiness());
                seconds(csv, "processing_median_business_seconds", level, p.medianBusiness());
            });
            csv.row("sla_first_response_compliance_percent", null, s.sla().firstResponseCompliance());
            csv.row("sla_resolution_compliance_percent", null, s.sla().resolutionCompliance());
            csv.row("backlog_at_end", null, s.backlogAtEnd());
            csv.row("recategorisation_rate_percent", null, s.recategorisation().rate());
            csv.row("satisfaction_average", null, s.satisfaction().average());
            csv.row("satisfaction_response_rate_percent", null, s.satisfaction().responseRate());
        });
    }

    private static void seconds(CsvRows csv, String metric, String level, Duration d) {
        csv.row(metric, level, d == null ? null : d.toSeconds());
    }
}
