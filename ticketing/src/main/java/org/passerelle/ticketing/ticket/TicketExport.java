package org.passerelle.ticketing.ticket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.export.CsvExport;
import org.passerelle.core.export.CsvTable;

/**
 * Ticket lists as a CSV table, streamed from a database cursor: memory stays flat whatever the number of rows.
 * Same tickets as the list endpoint for the same caller and filters.
 */
@ApplicationScoped
public class TicketExport {

    static final List<String> COLUMNS = List.of("reference", "type", "status", "created_at", "resolved_at", "member",
            "category", "team", "level", "priority", "assignee_email", "first_response_breached", "resolution_breached",
            "satisfaction", "title");

    private final CsvExport export;
    private final TicketService tickets;

    TicketExport(CsvExport export, TicketService tickets) {
        this.export = export;
        this.tickets = tickets;
    }

    /**
     * Checks the caller and filters now (so errors are answered before any byte is sent) and returns the export,
     * to run while the response streams.
     */
    public CsvTable prepare(OrgAccess caller, TicketFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = tickets.where(caller, filter, params);
        String sql = "select t.reference, t.type, t.status, t.created_at, t.resolved_at, m.name, c.name, tm.name,"
                + " t.level, t.priority, p.email, t.first_response_breached, t.resolution_breached,"
                + " t.satisfaction_score, t.title from tickets t join members m on m.id = t.member_id"
                + " join ticket_categories c on c.id = t.category_id join teams tm on tm.id = t.team_id"
                + " left join people p on p.id = t.assignee_id" + where + " order by t.created_at, t.id";
        return export.of(sql, query -> params.forEach(query::setParameter), "ticketing.csv.", COLUMNS);
    }
}
