package org.passerelle.api.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The figures per session that the yearly statistics read (V2026_12_05_30) equal the counts over the raw slots,
 * enrolments and hot surveys (the SQL the statistics ran before, kept here as the reference) after random slots
 * added and deleted, enrolments added, deleted, moved and changing status, surveys recorded, changed and deleted;
 * the statistics endpoint answers what that SQL answers; and a rebuild gives back the same figures.
 */
@QuarkusTest
class SessionFiguresTest {

    static final String STATUSES = "'SELECTED', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'DROPPED'";
    /** Slots, seated, surveys, satisfied of every session of the organisation, counted from the raw rows. */
    static final String RAW = """
            SELECT s.id,
                   (SELECT count(*) FROM training_session_slots sl WHERE sl.org_id = s.org_id AND sl.session_id = s.id),
                   (SELECT count(*) FILTER (WHERE e.status IN ('SELECTED', 'CONFIRMED', 'COMPLETED')) || ' '
                           || count(v.overall) || ' ' || count(*) FILTER (WHERE v.overall >= 4)
                    FROM training_enrolments e
                    LEFT JOIN training_surveys v ON v.org_id = e.org_id AND v.enrolment_id = e.id AND v.kind = 'HOT'
                    WHERE e.org_id = s.org_id AND e.session_id = s.id AND e.status IN (%s))
            FROM training_sessions s WHERE s.org_id = ?""".formatted(STATUSES);
    static final String KEPT = """
            SELECT s.id, coalesce(f.slots, 0), coalesce(f.seated, 0) || ' ' || coalesce(f.surveys, 0) || ' '
                   || coalesce(f.satisfied, 0)
            FROM training_sessions s LEFT JOIN training_session_figures f ON f.session_id = s.id WHERE s.org_id = ?""";
    /** StatisticsService.SQL as it was before the figures were kept: joins every slot, enrolment and survey. */
    static final String STATISTICS_BEFORE = """
            WITH held AS (
                SELECT s.id, c.modality, c.programme_type FROM training_sessions s
                JOIN training_courses c ON c.org_id = s.org_id AND c.id = s.course_id
                WHERE s.org_id = ?1 AND s.status IN ('RUNNING', 'COMPLETED')
                  AND s.starts_at >= '2024-01-01T00:00+01' AND s.starts_at < '2025-01-01T00:00+01'
            ), slots AS (
                SELECT sl.session_id, count(*) AS n FROM training_session_slots sl JOIN held h ON h.id = sl.session_id
                WHERE sl.org_id = ?1 GROUP BY sl.session_id
            ), learners AS (
                SELECT e.session_id, count(*) FILTER (WHERE e.status IN ('SELECTED', 'CONFIRMED', 'COMPLETED')) AS seated,
                       count(v.overall) AS surveys, count(*) FILTER (WHERE v.overall >= 4) AS satisfied
                FROM training_enrolments e JOIN held h ON h.id = e.session_id
                LEFT JOIN training_surveys v ON v.org_id = e.org_id AND v.enrolment_id = e.id AND v.kind = 'HOT'
                WHERE e.org_id = ?1 AND e.status IN (%s)
                GROUP BY e.session_id
            )
            SELECT h.programme_type, count(*) || ' ' || coalesce(sum(sl.n), 0) || ' ' || coalesce(sum(l.seated), 0)
                   || ' ' || coalesce(sum(l.surveys), 0) || ' ' || coalesce(sum(l.satisfied), 0)
            FROM held h LEFT JOIN slots sl ON sl.session_id = h.id LEFT JOIN learners l ON l.session_id = h.id
            GROUP BY h.programme_type""".formatted(STATUSES).replace("?1", "?::uuid");
    static final List<String> ALL = List.of("APPLIED", "SELECTED", "WAITLISTED", "REJECTED", "CONFIRMED", "COMPLETED",
            "DROPPED", "NO_SHOW");

    @Inject
    AgroalDataSource dataSource;

    final long seed = System.nanoTime();
    final Random random = new Random(seed);

    @Test
    void the_kept_figures_equal_the_raw_counts_after_random_changes() throws Exception {
        String org = Fixtures.organisation("figures");
        StatisticsTest held = new StatisticsTest();
        String catalogue = held.course(org, "FIG-C", "IN_PERSON", "CATALOGUE");
        String specific = held.course(org, "FIG-S", "VIRTUAL_CLASSROOM", "SPECIFIC_REQUEST");
        held.held(org, catalogue, LocalDate.of(2024, 3, 4), 4, List.of(5, 3, 4));
        held.held(org, catalogue, LocalDate.of(2024, 5, 6), 2, List.of(2, 4));
        held.held(org, specific, LocalDate.of(2024, 9, 9), 6, List.of(5, 5, 1, 4));
        UUID orgId = UUID.fromString(as(admin(org)).get("/api/v1/orgs/{org}", org).then().extract().path("id"));
        try (Connection c = dataSource.getConnection()) {
            List<String> sessions = column(c, "SELECT id FROM training_sessions WHERE org_id = ? ORDER BY id", orgId);
            List<String> learners = column(c, "SELECT DISTINCT learner_id FROM training_enrolments WHERE org_id = ?"
                    + " ORDER BY 1", orgId);
            List<String> added = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String session = sessions.get(random.nextInt(sessions.size()));
                String enrolment = one(c, "SELECT id FROM training_enrolments WHERE org_id = ? ORDER BY random() LIMIT 1",
                        orgId);
                switch (random.nextInt(9)) {
                    case 0 -> execute(c, """
                            INSERT INTO training_session_slots (id, org_id, session_id, day, half, starts_at, ends_at,
                                created_at, updated_at)
                            SELECT gen_random_uuid(), ?::uuid, ?::uuid, d, h, d + time '09:00', d + time '12:00', now(), now()
                            FROM (SELECT date '2024-10-01' + ? AS d, ? AS h) x ON CONFLICT DO NOTHING""",
                            orgId.toString(), session, random.nextInt(20), random.nextBoolean() ? "MORNING" : "AFTERNOON");
                    case 1 -> execute(c, "DELETE FROM training_session_slots WHERE id = (SELECT id FROM"
                            + " training_session_slots WHERE session_id = ?::uuid ORDER BY random() LIMIT 1)", session);
                    case 2, 3 -> {
                        String status = ALL.get(random.nextInt(ALL.size()));
                        execute(c, "UPDATE training_enrolments SET status = ?, holds_seat = ? WHERE id = ?::uuid", status,
                                List.of("SELECTED", "CONFIRMED", "COMPLETED", "NO_SHOW").contains(status), enrolment);
                    }
                    case 4 -> execute(c, """
                            UPDATE training_enrolments e SET session_id = ?::uuid WHERE e.id = ?::uuid AND NOT EXISTS (
                                SELECT 1 FROM training_enrolments o WHERE o.session_id = ?::uuid AND o.learner_id = e.learner_id)
                            """, session, enrolment, session);
                    case 5 -> {
                        String id = UUID.randomUUID().toString();
                        String status = ALL.get(random.nextInt(ALL.size()));
                        if (execute(c, """
                                INSERT INTO training_enrolments (id, org_id, session_id, learner_id, trainee_type,
                                    funding_source, status, holds_seat, created_at, updated_at)
                                VALUES (?::uuid, ?::uuid, ?::uuid, ?::uuid, 'EMPLOYEE', 'EMPLOYER', ?, ?, now(), now())
                                ON CONFLICT DO NOTHING""", id, orgId.toString(), session,
                                learners.get(random.nextInt(learners.size())), status,
                                List.of("SELECTED", "CONFIRMED", "COMPLETED", "NO_SHOW").contains(status)) == 1) {
                            added.add(id);
                        }
                    }
                    case 6 -> {
                        if (!added.isEmpty()) {
                            String gone = added.remove(random.nextInt(added.size()));
                            execute(c, "DELETE FROM training_surveys WHERE enrolment_id = ?::uuid", gone);
                            execute(c, "DELETE FROM training_enrolments WHERE id = ?::uuid", gone);
                        }
                    }
                    case 7 -> execute(c, """
                            INSERT INTO training_surveys (id, org_id, enrolment_id, kind, overall, created_at, updated_at)
                            VALUES (gen_random_uuid(), ?::uuid, ?::uuid, ?, ?, now(), now())
                            ON CONFLICT (enrolment_id, kind) DO UPDATE SET overall = excluded.overall""",
                            orgId.toString(), enrolment, random.nextInt(4) == 0 ? "COLD" : "HOT", 1 + random.nextInt(5));
                    default -> execute(c, random.nextBoolean()
                            ? "DELETE FROM training_surveys WHERE enrolment_id = ?::uuid AND kind = 'HOT'"
                            : "UPDATE training_surveys v SET kind = CASE kind WHEN 'HOT' THEN 'COLD' ELSE 'HOT' END"
                                    + " WHERE enrolment_id = ?::uuid AND NOT EXISTS (SELECT 1 FROM training_surveys o"
                                    + " WHERE o.enrolment_id = v.enrolment_id AND o.kind <> v.kind)", enrolment);
                }
                // After each change: a later change recounts the whole session and would hide a missed one.
                assertEquals(rows(c, RAW, orgId), rows(c, KEPT, orgId), "change " + i + ", seed " + seed);
            }
            Map<String, String> raw = rows(c, RAW, orgId);
            assertEquals(raw, rows(c, KEPT, orgId), "seed " + seed);
            assertEquals(rows(c, STATISTICS_BEFORE, orgId), answered(org), "seed " + seed);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM training_session_figures WHERE org_id = '" + orgId + "'");
                s.execute("SELECT passerelle_rebuild_aggregates()");
            }
            assertEquals(raw, rows(c, KEPT, orgId), "seed " + seed);
            assertTrue(rows(c, "SELECT session_id, org_id FROM training_session_figures WHERE org_id = ?", orgId)
                    .keySet().containsAll(sessions), "every session has its row after a rebuild");
        }
    }

    /** The statistics endpoint's figures per programme type, in the form of {@link #STATISTICS_BEFORE}. */
    private static Map<String, String> answered(String org) {
        JsonPath figures = as(admin(org)).queryParam("year", 2024).get("/api/v1/orgs/{org}/training/statistics", org)
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> result = new TreeMap<>();
        for (Map<String, Object> p : figures.<Map<String, Object>>getList("byProgrammeType")) {
            long halfDays = Math.round(((Number) p.get("trainingDays")).doubleValue() * 2);
            result.put((String) p.get("programmeType"), p.get("sessions") + " " + halfDays + " " + p.get("trainees") + " "
                    + p.get("surveys") + " " + p.get("satisfiedSurveys"));
        }
        return result;
    }

    static int execute(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            return p.executeUpdate();
        }
    }

    private static Map<String, String> rows(Connection c, String sql, UUID orgId) throws Exception {
        Map<String, String> result = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 1; i <= p.getParameterMetaData().getParameterCount(); i++) {
                p.setObject(i, orgId);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getString(2) + (rs.getMetaData().getColumnCount() > 2
                            ? " " + rs.getString(3) : ""));
                }
            }
        }
        return result;
    }

    static List<String> column(Connection c, String sql, UUID orgId) throws Exception {
        List<String> result = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, orgId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
        }
        return result;
    }

    private static String one(Connection c, String sql, UUID orgId) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, orgId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
