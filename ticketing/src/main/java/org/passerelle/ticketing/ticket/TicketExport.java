package org.passerelle.ticketing.ticket;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.export.CsvExport;
import org.passerelle.core.export.CsvTable;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.persistence.Where;
import org.passerelle.core.replica.NativeSql;
import org.passerelle.core.replica.ReadDatabase;
import org.passerelle.core.team.TeamService;

/**
 * Ticket lists as a CSV table, streamed from a database cursor: memory stays flat whatever the number of rows.
 * Read through core's {@link ReadDatabase} (the replica when it is usable), the ids to name as the rows.
 * Same tickets as the list endpoint for the same caller and filters. The SQL reads ticketing's tables only; the
 * names of structures and teams and the assignees' emails come from core, one query per kind, before streaming.
 */
@ApplicationScoped
public class TicketExport {

    static final List<String> COLUMNS = List.of("reference", "type", "status", "created_at", "resolved_at", "member",
            "category", "team", "level", "priority", "assignee_email", "first_response_breached", "resolution_breached",
            "satisfaction", "title");

    /** Positions of the ids in a row, replaced by names as it streams. */
    private static final int MEMBER = 5;
    private static final int TEAM = 7;
    private static final int ASSIGNEE = 10;

    private final ReadDatabase reads;
    private final CsvExport export;
    private final TicketCriteria criteria;
    private final MemberService members;
    private final TeamService teams;
    private final PeopleDirectory people;

    TicketExport(ReadDatabase reads, CsvExport export, TicketCriteria criteria, MemberService members, TeamService teams,
            PeopleDirectory people) {
        this.reads = reads;
        this.export = export;
        this.criteria = criteria;
        this.members = members;
        this.teams = teams;
        this.people = people;
    }

    /**
     * Checks the caller and filters now (so errors are answered before any byte is sent) and returns the export,
     * to run while the response streams.
     */
    public CsvTable prepare(OrgAccess caller, TicketFilter filter) {
        Where where = criteria.where(caller, filter);
        Map<String, Object> params = where.params();
        Set<UUID> memberIds = new HashSet<>();
        Set<UUID> teamIds = new HashSet<>();
        Set<UUID> assigneeIds = new HashSet<>();
        List<Object[]> combinations = reads.query(q -> q.list(NativeSql.named(
                "select distinct e.member_id, e.team_id, e.assignee_id from tickets e" + where.clause(), params)));
        for (Object[] r : combinations) {
            memberIds.add((UUID) r[0]);
            teamIds.add((UUID) r[1]);
            if (r[2] != null) {
                assigneeIds.add((UUID) r[2]);
            }
        }
        Map<UUID, String> memberNames = members.names(caller.orgId(), memberIds);
        Map<UUID, String> teamNames = teams.names(caller.orgId(), teamIds);
        Map<UUID, PeopleDirectory.Contact> assignees = people.contacts(caller.orgId(), assigneeIds);
        String sql = "select e.reference, e.type, e.status, e.created_at, e.resolved_at, e.member_id, c.name, e.team_id,"
                + " e.level, e.priority, e.assignee_id, e.first_response_breached, e.resolution_breached,"
                + " e.satisfaction_score, e.title from tickets e join ticket_categories c on c.id = e.category_id"
                + where.clause() + " order by e.created_at, e.id";
        return export.of(NativeSql.named(sql, params), "ticketing.csv.", COLUMNS, row -> {
            row[MEMBER] = memberNames.get((UUID) row[MEMBER]);
            row[TEAM] = teamNames.get((UUID) row[TEAM]);
            PeopleDirectory.Contact assignee = row[ASSIGNEE] == null ? null : assignees.get((UUID) row[ASSIGNEE]);
            row[ASSIGNEE] = assignee == null ? null : assignee.email();
            return row;
        });
    }
}
