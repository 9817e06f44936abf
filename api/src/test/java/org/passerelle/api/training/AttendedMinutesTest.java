package org.passerelle.api.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;
import static org.passerelle.api.training.AttendanceAndCertificatesTest.TRAINING;
import static org.passerelle.api.training.AttendanceAndCertificatesTest.enrol;
import static org.passerelle.api.training.AttendanceAndCertificatesTest.learner;
import static org.passerelle.api.training.AttendanceAndCertificatesTest.mark;
import static org.passerelle.api.training.AttendanceAndCertificatesTest.marks;
import static org.passerelle.api.training.AttendanceAndCertificatesTest.session;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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

/**
 * The minutes attended per enrolment that statistics, the BPF and certificates read (V2026_12_04_71) equal the
 * sum over the attendance lines (the SQL they ran before, kept here as the reference) after random markings,
 * changes and deletions of lines, slots moved, resized and deleted; and a rebuild gives back the same totals.
 */
@QuarkusTest
class AttendedMinutesTest {

    static final String RAW = """
            SELECT e.id, coalesce(sum(CASE WHEN a.minutes_connected IS NOT NULL
                    THEN least(a.minutes_connected, extract(epoch FROM sl.ends_at - sl.starts_at) / 60)
                    ELSE extract(epoch FROM sl.ends_at - sl.starts_at) / 60 END), 0)
            FROM training_enrolments e
            LEFT JOIN training_attendance a ON a.org_id = e.org_id AND a.enrolment_id = e.id AND a.status = 'PRESENT'
            LEFT JOIN training_session_slots sl ON sl.org_id = a.org_id AND sl.id = a.slot_id
            WHERE e.org_id = ? GROUP BY e.id""";
    static final String KEPT = """
            SELECT e.id, coalesce(m.minutes, 0) FROM training_enrolments e
            LEFT JOIN training_attended_minutes m ON m.enrolment_id = e.id WHERE e.org_id = ?""";

    @Inject
    AgroalDataSource dataSource;

    final long seed = System.nanoTime();
    final Random random = new Random(seed);

    @Test
    void the_kept_minutes_equal_the_sum_of_the_lines_after_random_changes() throws Exception {
        String org = Fixtures.organisation("minutes");
        String course = CoursesTest.create(org, CoursesTest.course("CNUM-MIN", "Formation au décompte des heures"));
        String trainer = Fixtures.person(org, admin(org), user("trainer", org), List.of("trainer"), null);
        List<Map<String, Object>> slotsAsked = new ArrayList<>();
        for (int day = 4; day < 9; day++) {
            slotsAsked.add(SessionsTest.slot("2024-03-0" + day, "MORNING", "09:00", "12:30"));
            slotsAsked.add(SessionsTest.slot("2024-03-0" + day, "AFTERNOON", "13:30", "17:00"));
        }
        String session = session(org, course, List.of(trainer), slotsAsked);
        List<String> seats = new ArrayList<>();
        for (String who : List.of("a", "b", "c", "d")) {
            seats.add(enrol(org, session, learner(org, who)));
        }
        as(admin(org)).header("If-Match", "\"5\"").post(TRAINING + "/sessions/{s}/start", org, session).then()
                .statusCode(200);
        List<String> slots = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract()
                .path("slots.id");
        marks(org, user("trainer", org), session, slots.get(0), List.of(mark(seats.get(0), "PRESENT", 200),
                mark(seats.get(1), "PRESENT", null), mark(seats.get(2), "ABSENT", null)));

        UUID orgId = UUID.fromString(as(admin(org)).get("/api/v1/orgs/{org}", org).then().extract().path("id"));
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < 200; i++) {
                String slot = slots.get(1 + random.nextInt(slots.size() - 1));
                String seat = seats.get(random.nextInt(seats.size()));
                switch (random.nextInt(4)) {
                    case 0 -> execute(c, "DELETE FROM training_attendance WHERE slot_id = ?::uuid AND enrolment_id = ?::uuid",
                            slot, seat);
                    case 1 -> execute(c, "UPDATE training_session_slots SET ends_at = starts_at + make_interval(mins => ?)"
                            + " WHERE id = ?::uuid", 60 + random.nextInt(240), slot);
                    default -> execute(c, """
                            INSERT INTO training_attendance (id, org_id, slot_id, enrolment_id, status, minutes_connected,
                                created_at, updated_at)
                            VALUES (gen_random_uuid(), ?::uuid, ?::uuid, ?::uuid, ?, ?, now(), now())
                            ON CONFLICT (slot_id, enrolment_id) DO UPDATE SET status = excluded.status,
                                minutes_connected = excluded.minutes_connected""", orgId.toString(), slot, seat,
                            List.of("PRESENT", "PRESENT", "ABSENT", "EXCUSED").get(random.nextInt(4)),
                            random.nextBoolean() ? null : random.nextInt(301));
                }
            }
            execute(c, "DELETE FROM training_session_slots WHERE id = ?::uuid", slots.get(slots.size() - 1));
            Map<UUID, BigDecimal> raw = minutes(c, RAW, orgId);
            assertEquals(raw, minutes(c, KEPT, orgId), "seed " + seed);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT training_rebuild_attended_minutes('" + orgId + "')");
            }
            assertEquals(raw, minutes(c, KEPT, orgId), "seed " + seed);
        }
    }

    private static void execute(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
        }
    }

    /** Minutes per enrolment, compared as numbers (scale aside). */
    private static Map<UUID, BigDecimal> minutes(Connection c, String sql, UUID orgId) throws Exception {
        Map<UUID, BigDecimal> result = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, orgId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    result.put((UUID) rs.getObject(1), rs.getBigDecimal(2).stripTrailingZeros());
                }
            }
        }
        return result;
    }
}
