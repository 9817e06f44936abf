package org.passerelle.api.ticketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The statistics read aggregates kept by a trigger on tickets (V2026_12_04_70): on random tickets, inserted,
 * changed (alone and several times in one transaction) and deleted at random, every figure equals the raw
 * computation over the tickets (the SQL the statistics ran before the aggregates, kept here as the reference),
 * medians within their documented bound (1 %, plus rounding to the second); and a rebuild from the tickets gives
 * back exactly the aggregates the trigger kept.
 */
@QuarkusTest
class StatisticsAggregatesTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final List<String> STATUSES = List.of("AWAITING_APPROVAL", "NEW", "IN_PROGRESS", "WAITING", "RESOLVED",
            "CLOSED", "CANCELLED");

    @Inject
    AgroalDataSource dataSource;

    final long seed = System.nanoTime();
    final Random random = new Random(seed);
    Desk desk;
    UUID orgId;
    final List<UUID> tickets = new ArrayList<>();

    @Test
    void the_aggregates_equal_the_raw_computation_on_random_tickets() throws Exception {
        desk = new Desk();
        orgId = UUID.fromString(as(admin(desk.org)).get("/api/v1/orgs/{org}", desk.org).then().extract().path("id"));
        desk.ticket(desk.requester, "Avant la première lecture"); // counted by the first build
        statistics(Map.of("year", 2024)); // builds the organisation's aggregates; the trigger keeps them from here
        desk.ticket(desk.requester, "Après la première lecture"); // through the application: insert then update
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < 300; i++) {
                insert(c);
            }
            for (int i = 0; i < 300; i++) {
                change(c, tickets.get(random.nextInt(tickets.size())));
            }
            c.setAutoCommit(false); // several changes of one ticket and of others, counted at commit
            for (int i = 0; i < 20; i++) {
                UUID t = tickets.get(random.nextInt(tickets.size()));
                change(c, t);
                change(c, t);
            }
            insert(c);
            c.commit();
            c.setAutoCommit(true);
            c.setAutoCommit(false); // deletions, with the history the SLA monitor may have written (auto-close)
            for (int i = 0; i < 30; i++) {
                UUID t = tickets.remove(random.nextInt(tickets.size()));
                for (String sql : List.of("select id from tickets where id = ? for update",
                        "delete from ticket_history where ticket_id = ?", "delete from tickets where id = ?")) {
                    try (PreparedStatement d = c.prepareStatement(sql)) {
                        d.setObject(1, t);
                        d.execute();
                    }
                }
                c.commit();
            }
            c.setAutoCommit(true);
            compare(c, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Map.of("year", 2024));
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300));
            LocalDate to = from.plusDays(random.nextInt(120));
            compare(c, from, to, Map.of("from", from.toString(), "to", to.toString(), "top", 3));

            Map<String, List<List<Object>>> kept = aggregates(c);
            try (Statement s = c.createStatement()) {
                s.execute("select ticketing_rebuild_statistics('" + orgId + "', 'Europe/Paris')");
            }
            assertEquals(kept, aggregates(c), "seed " + seed);

            // Built in another zone (as after the organisation's zone changed): the next read rebuilds in its zone.
            try (Statement s = c.createStatement()) {
                s.execute("select ticketing_rebuild_statistics('" + orgId + "', 'Pacific/Noumea')");
            }
            compare(c, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Map.of("year", 2024));
            assertEquals(kept, aggregates(c), "seed " + seed);
        }
    }

    private void insert(Connection c) throws Exception {
        UUID id = UUID.randomUUID();
        tickets.add(id);
        try (PreparedStatement p = c.prepareStatement("""
                insert into tickets (id, org_id, reference, type, status, member_id, title, description, category_id,
                    team_id, level, urgency, impact, priority, created_at, updated_at)
                values (?, ?, ?, ?, 'NEW', ?, 'Demande', '-', ?, ?, ?, 'MEDIUM', 'MEDIUM', 'P3', ?, ?)""")) {
            Instant created = Instant.parse("2023-12-01T00:00:00Z").plusSeconds(random.nextLong(400L * 86_400));
            p.setObject(1, id);
            p.setObject(2, orgId);
            p.setString(3, "R-" + id);
            p.setString(4, random.nextInt(4) == 0 ? "PURCHASE_ORDER" : "ASSISTANCE");
            p.setObject(5, UUID.fromString(random.nextBoolean() ? desk.capbreton : desk.soustons));
            boolean kaila = random.nextBoolean();
            p.setObject(6, UUID.fromString(kaila ? desk.kailaCategory : desk.maintenanceCategory));
            p.setObject(7, UUID.fromString(kaila ? desk.logiciels : desk.materiels));
            p.setString(8, random.nextBoolean() ? "N1" : "N2");
            p.setTimestamp(9, Timestamp.from(created));
            p.setTimestamp(10, Timestamp.from(created));
            p.executeUpdate();
        }
        change(c, id);
    }

    /** Sets every field the statistics read to random values, often to the state of a resolved ticket. */
    private void change(Connection c, UUID id) throws Exception {
        try (PreparedStatement p = c.prepareStatement("""
                update tickets set status = ?, level = ?, recategorised = ?, satisfaction_score = ?,
                    first_responded_at = case when ? then created_at + make_interval(secs => ?) end,
                    first_response_breached = ?, resolution_breached = ?,
                    resolved_at = case when ? then created_at + make_interval(secs => ?) end,
                    processing_seconds = case when ? then ? end, processing_business_seconds = case when ? then ? end,
                    closed_at = case when ? then created_at + make_interval(secs => ?) end
                where id = ?""")) {
            boolean resolved = random.nextInt(3) > 0;
            long processing = random.nextInt(10) == 0 ? random.nextInt(5) : random.nextLong(2_000_000);
            p.setString(1, STATUSES.get(random.nextInt(STATUSES.size())));
            p.setString(2, random.nextBoolean() ? "N1" : "N2");
            p.setInt(3, random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
            p.setObject(4, random.nextBoolean() ? 1 + random.nextInt(5) : null);
            p.setBoolean(5, random.nextBoolean());
            p.setLong(6, random.nextLong(100_000));
            p.setBoolean(7, random.nextBoolean());
            p.setBoolean(8, random.nextBoolean());
            p.setBoolean(9, resolved);
            p.setLong(10, random.nextLong(90L * 86_400));
            p.setBoolean(11, resolved && random.nextInt(5) > 0);
            p.setLong(12, processing);
            p.setBoolean(13, random.nextInt(5) > 0);
            p.setLong(14, processing / 3);
            p.setBoolean(15, random.nextBoolean());
            p.setLong(16, random.nextLong(120L * 86_400));
            p.setObject(17, id);
            p.executeUpdate();
        }
    }

    private JsonPath statistics(Map<String, ?> query) {
        return as(admin(desk.org)).queryParams(query).get("/api/v1/orgs/{org}/ticketing/statistics", desk.org).then()
                .statusCode(200).extract().jsonPath();
    }

    private void compare(Connection c, LocalDate fromDay, LocalDate toDay, Map<String, ?> query) throws Exception {
        String why = "seed " + seed + ", " + query;
        JsonPath s = statistics(query);
        Timestamp from = Timestamp.from(fromDay.atStartOfDay(PARIS).toInstant());
        Timestamp to = Timestamp.from(toDay.plusDays(1).atStartOfDay(PARIS).toInstant());
        String created = " from tickets where org_id = ? and created_at >= ? and created_at < ?";
        String resolvedIn = " from tickets where org_id = ? and resolved_at >= ? and resolved_at < ?";
        Map<String, Long> byType = counts(c, "select type, count(*)" + created + " group by type", from, to);
        assertEquals(byType, longs(s.getMap("byType")), why);
        assertEquals(byType.values().stream().mapToLong(Long::longValue).sum(), s.getLong("created"), why);
        assertEquals(counts(c, "select level, count(*)" + created + " group by level", from, to), longs(s.getMap("byLevel")), why);
        assertEquals(counts(c, "select team_id::text, count(*)" + created + " group by team_id", from, to),
                idCounts(s.getList("byTeam")), why);
        Map<String, Long> categories = counts(c, "select category_id::text, count(*)" + created + " group by category_id",
                from, to);
        assertEquals(categories, idCounts(s.getList("topCategories")), why); // two categories, both in the top
        assertEquals(counts(c, "select member_id::text, count(*)" + created + " group by member_id", from, to),
                idCounts(s.getList("topMembers")), why);

        List<Object> r = row(c, "select count(*) filter (where recategorised > 0), count(*),"
                + " avg(processing_seconds) filter (where recategorised > 0),"
                + " avg(processing_seconds) filter (where recategorised = 0)" + created, from, to);
        assertEquals(percent(r.get(0), r.get(1)), decimal(s.get("recategorisation.rate")), why);
        assertEquals(seconds(r.get(2)), duration(s.get("recategorisation.meanProcessingWhenRecategorised")), why);
        assertEquals(seconds(r.get(3)), duration(s.get("recategorisation.meanProcessingOtherwise")), why);

        r = row(c, "select count(*) filter (where first_responded_at is not null and not first_response_breached),"
                + " count(*) filter (where first_responded_at is not null),"
                + " count(*) filter (where not resolution_breached), count(*)," + " avg(satisfaction_score),"
                + " count(satisfaction_score)" + resolvedIn, from, to);
        assertEquals(percent(r.get(0), r.get(1)), decimal(s.get("sla.firstResponseCompliance")), why);
        assertEquals(percent(r.get(2), r.get(3)), decimal(s.get("sla.resolutionCompliance")), why);
        assertEquals(r.get(4) == null ? null : new BigDecimal(r.get(4).toString()).setScale(2, RoundingMode.HALF_UP),
                decimal(s.get("satisfaction.average")), why);
        assertEquals(((Number) r.get(5)).longValue(), s.getLong("satisfaction.rated"), why);
        assertEquals(percent(r.get(5), r.get(3)), decimal(s.get("satisfaction.responseRate")), why);

        try (PreparedStatement p = c.prepareStatement("select level, count(*), avg(processing_seconds),"
                + " percentile_cont(0.5) within group (order by processing_seconds), avg(processing_business_seconds),"
                + " percentile_cont(0.5) within group (order by processing_business_seconds)" + resolvedIn
                + " and processing_seconds is not null group by level order by level")) {
            bind(p, from, to);
            Map<String, Object> levels = s.getMap("processingTimeByLevel");
            int n = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    n++;
                    String level = "processingTimeByLevel." + rs.getString(1) + ".";
                    assertEquals(rs.getLong(2), s.getLong(level + "resolved"), why);
                    assertEquals(seconds(rs.getObject(3)), duration(s.get(level + "mean")), why);
                    assertEquals(seconds(rs.getObject(5)), duration(s.get(level + "meanBusiness")), why);
                    withinBound(rs.getObject(4), s.get(level + "median"), why);
                    withinBound(rs.getObject(6), s.get(level + "medianBusiness"), why);
                }
            }
            assertEquals(n, levels.size(), why);
        }

        r = row(c, "select count(*) from tickets where org_id = ? and created_at < ? and (resolved_at is null or"
                + " resolved_at >= ?) and not (status = 'CANCELLED' and closed_at < ?) and status <> 'AWAITING_APPROVAL'",
                to, to, to);
        assertEquals(((Number) r.get(0)).longValue(), s.getLong("backlogAtEnd"), why);
    }

    /** A median from the histogram is within 1 % of the exact one, plus one second for the rounding. */
    private static void withinBound(Object exact, String answered, String why) {
        if (exact == null) {
            assertEquals(null, answered, why);
            return;
        }
        double e = ((Number) exact).doubleValue();
        long a = Duration.parse(answered).toSeconds();
        assertTrue(Math.abs(a - e) <= e * 0.01 + 1, why + ": median " + a + " s for an exact " + e + " s");
    }

    /** The organisation's aggregate rows without the all-zero ones, in key order. */
    private Map<String, List<List<Object>>> aggregates(Connection c) throws Exception {
        Map<String, List<List<Object>>> all = new LinkedHashMap<>();
        for (String q : List.of(
                "select * from ticket_created_counts where org_id = ? and (created, recategorised, processed_recategorised,"
                        + " processing_recategorised, processed_other, processing_other) <> (0, 0, 0, 0, 0, 0)"
                        + " order by dimension, day, value",
                "select * from ticket_resolution_counts where org_id = ? and (resolved, responded, responded_in_time,"
                        + " resolved_in_time, rated, score_sum, processed, processing_sum, business_processed,"
                        + " business_sum) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0) order by day, level",
                "select * from ticket_processing_histogram where org_id = ? and tickets <> 0"
                        + " order by day, level, business, bucket",
                "select * from ticket_backlog_changes where org_id = ? and change <> 0 order by day")) {
            List<List<Object>> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(q)) {
                p.setObject(1, orgId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.add(rs.getObject(i));
                        }
                        rows.add(row);
                    }
                }
            }
            assertTrue(!rows.isEmpty(), q);
            all.put(q, rows);
        }
        return all;
    }

    private void bind(PreparedStatement p, Timestamp... instants) throws Exception {
        p.setObject(1, orgId);
        for (int i = 0; i < instants.length; i++) {
            p.setTimestamp(i + 2, instants[i]);
        }
    }

    private List<Object> row(Connection c, String sql, Timestamp... instants) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, instants);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                return row;
            }
        }
    }

    private Map<String, Long> counts(Connection c, String sql, Timestamp... instants) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql + " order by 1")) {
            bind(p, instants);
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        }
    }

    private static Map<String, Long> longs(Map<String, Object> json) {
        Map<String, Long> result = new LinkedHashMap<>();
        json.forEach((k, v) -> result.put(k, ((Number) v).longValue()));
        return result;
    }

    private static Map<String, Long> idCounts(List<Map<String, Object>> counts) {
        Map<String, Long> result = new java.util.TreeMap<>();
        counts.forEach(m -> result.put((String) m.get("id"), ((Number) m.get("count")).longValue()));
        return result;
    }

    private static Duration seconds(Object value) {
        return value == null ? null
                : Duration.ofSeconds(new BigDecimal(value.toString()).setScale(0, RoundingMode.HALF_UP).longValue());
    }

    private static Duration duration(Object json) {
        return json == null ? null : Duration.parse(json.toString());
    }

    private static BigDecimal decimal(Object json) {
        return json == null ? null : new BigDecimal(json.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(Object part, Object whole) {
        long w = ((Number) whole).longValue();
        return w == 0 ? null : BigDecimal.valueOf(((Number) part).longValue() * 100.0 / w).setScale(2, RoundingMode.HALF_UP);
    }
}
