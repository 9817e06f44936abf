package org.passerelle.ticketing.ticket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.export.Csv;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.persistence.SqlValues;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Ticket lists as CSV, streamed from a database cursor: memory stays flat whatever the number of rows.
 * Same tickets as the list endpoint for the same caller and filters.
 */
@ApplicationScoped
public class TicketExport {

    static final String HEADER = "reference;type;status;created_at;resolved_at;member;category;team;level;priority;"
            + "assignee_email;first_response_breached;resolution_breached;satisfaction;title\n";

    private final EntityManager em;
    private final TicketService tickets;

    TicketExport(EntityManager em, TicketService tickets) {
        this.em = em;
        this.tickets = tickets;
    }

    /** Checks the caller and filters now (so errors are answered before any byte is sent) and returns the writer. */
    public CsvWriter prepare(OrgAccess caller, TicketFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = tickets.where(caller, filter, params);
        String sql = "select t.reference, t.type, t.status, t.created_at, t.resolved_at, m.name, c.name, tm.name,"
                + " t.level, t.priority, p.email, t.first_response_breached, t.resolution_breached,"
                + " t.satisfaction_score, t.title from tickets t join members m on m.id = t.member_id"
                + " join ticket_categories c on c.id = t.category_id join teams tm on tm.id = t.team_id"
                + " left join people p on p.id = t.assignee_id" + where + " order by t.created_at, t.id";
        return out -> QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql).setHint("org.hibernate.fetchSize", 1000)
                    .setHint("org.hibernate.readOnly", true);
            params.forEach(query::setParameter);
            try {
                out.write(HEADER);
                @SuppressWarnings("unchecked")
                Stream<Object[]> rows = query.getResultStream();
                try (rows) {
                    rows.forEach(r -> write(out, r));
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Writes the export; called while the HTTP response streams. */
    @FunctionalInterface
    public interface CsvWriter {
        void writeTo(Writer out);
    }

    private static void write(Writer out, Object[] r) {
        Object[] cells = r.clone();
        cells[3] = SqlValues.instant(r[3]);
        cells[4] = SqlValues.instant(r[4]);
        try {
            out.write(Csv.line(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
