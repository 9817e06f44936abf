package org.passerelle.api.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.training.SessionFiguresTest.column;
import static org.passerelle.api.training.SessionFiguresTest.execute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The BPF, which PostgreSQL groups by classification before Java sums the groups, equals its sections summed here
 * one enrolment at a time, over enrolments given random funding sources, trainee types, prices, statuses (seated
 * or not) and time spent, in courses of random objectives.
 */
@QuarkusTest
class BpfOnRandomEnrolmentsTest {

    /** Every seated enrolment of a session held in 2024, one row each, with its price and minutes attended. */
    static final String RECORDS = """
            SELECT e.funding_source, e.trainee_type, c.bpf_objective, coalesce(e.price_eur, c.price_eur, 0),
                   e.time_spent_minutes + coalesce((SELECT m.minutes FROM training_attended_minutes m
                                                    WHERE m.enrolment_id = e.id), 0)
            FROM training_enrolments e
            JOIN training_sessions s ON s.id = e.session_id
            JOIN training_courses c ON c.id = s.course_id
            WHERE e.org_id = ? AND e.holds_seat AND s.status IN ('RUNNING', 'COMPLETED')
              AND s.starts_at >= '2024-01-01T00:00+01' AND s.starts_at < '2025-01-01T00:00+01'""";
    static final List<String> FUNDING = List.of("OPCO", "FRANCE_TRAVAIL", "INDIVIDUAL", "EMPLOYER", "CPF");
    static final List<String> TYPES = List.of("EMPLOYEE", "APPRENTICE", "JOBSEEKER", "INDIVIDUAL");
    static final List<String> STATUSES = List.of("SELECTED", "CONFIRMED", "COMPLETED", "NO_SHOW", "DROPPED",
            "COMPLETED", "COMPLETED");
    static final List<String> SEATED = List.of("SELECTED", "CONFIRMED", "COMPLETED", "NO_SHOW");
    static final List<String> OBJECTIVES = List.of("RNCP_CERTIFICATION", "OTHER_PROFESSIONAL", "CQP");

    @Inject
    AgroalDataSource dataSource;

    final long seed = System.nanoTime();
    final Random random = new Random(seed);

    record Row(String funding, String type, String objective, BigDecimal price, BigDecimal minutes) {
    }

    @Test
    void the_grouped_sums_equal_the_sums_one_enrolment_at_a_time() throws Exception {
        String org = Fixtures.organisation("bpfrandom");
        StatisticsTest held = new StatisticsTest();
        for (int k = 0; k < 3; k++) {
            String course = held.course(org, "BPF-" + k, "IN_PERSON", "CATALOGUE");
            held.held(org, course, LocalDate.of(2024, 3 + 3 * k, 4), 2, List.of(5, 3, 4, 2, 5, 4));
        }
        UUID orgId = UUID.fromString(as(admin(org)).get("/api/v1/orgs/{org}", org).then().extract().path("id"));
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String course : column(c, "SELECT id FROM training_courses WHERE org_id = ?", orgId)) {
                execute(c, "UPDATE training_courses SET bpf_objective = ?, price_eur = ? WHERE id = ?::uuid",
                        OBJECTIVES.get(random.nextInt(OBJECTIVES.size())), price(), course);
            }
            for (String enrolment : column(c, "SELECT id FROM training_enrolments WHERE org_id = ?", orgId)) {
                String status = STATUSES.get(random.nextInt(STATUSES.size()));
                execute(c, """
                        UPDATE training_enrolments SET funding_source = ?, trainee_type = ?, price_eur = ?,
                            time_spent_minutes = ?, status = ?, holds_seat = ? WHERE id = ?::uuid""",
                        FUNDING.get(random.nextInt(FUNDING.size())), TYPES.get(random.nextInt(TYPES.size())),
                        random.nextBoolean() ? null : price(), random.nextInt(3) == 0 ? 0 : random.nextInt(600),
                        status, SEATED.contains(status), enrolment);
            }
            try (PreparedStatement p = c.prepareStatement(RECORDS)) {
                p.setObject(1, orgId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                                rs.getBigDecimal(5)));
                    }
                }
            }
        }
        assertTrue(rows.size() > 5, "seed " + seed);

        JsonPath bpf = as(admin(org)).get("/api/v1/orgs/{org}/training/bpf/{year}", org, 2024).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(rows.size(), bpf.getInt("records"), "seed " + seed);
        Map<String, String> revenue = new TreeMap<>();
        for (Row r : rows) {
            revenue.merge(r.funding(), "1 " + plain(r.price()), (a, b) -> {
                String[] x = a.split(" ");
                return (Long.parseLong(x[0]) + 1) + " " + plain(new BigDecimal(x[1]).add(r.price()));
            });
        }
        assertEquals(revenue, answered(bpf, "revenue", "fundingSource", "enrolments", "amountEur"), "seed " + seed);
        assertEquals(0, rows.stream().map(Row::price).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(new BigDecimal(bpf.getString("totalRevenue"))), "seed " + seed);
        assertEquals(trainees(rows, Row::type), answered(bpf, "byTraineeType", "key", "trainees", "hours"),
                "seed " + seed);
        assertEquals(trainees(rows, Row::objective), answered(bpf, "byObjective", "key", "trainees", "hours"),
                "seed " + seed);
    }

    /** Trainees (rows with time attended) and their hours (minutes summed, then to the tenth) by a key. */
    private static Map<String, String> trainees(List<Row> rows, Function<Row, String> key) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Row r : rows) {
            long[] s = sums.computeIfAbsent(key.apply(r), k -> new long[2]);
            s[0] += r.minutes().signum() > 0 ? 1 : 0;
            s[1] += r.minutes().longValueExact();
        }
        Map<String, String> result = new TreeMap<>();
        sums.forEach((k, s) -> result.put(k, s[0] + " "
                + plain(BigDecimal.valueOf(s[1]).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP))));
        return result;
    }

    /** A section of the answer as key → "count amount", amounts compared by value. */
    private static Map<String, String> answered(JsonPath bpf, String section, String key, String count, String amount) {
        Map<String, String> result = new TreeMap<>();
        for (Map<String, Object> line : bpf.<Map<String, Object>>getList(section)) {
            result.put((String) line.get(key), line.get(count) + " " + plain(new BigDecimal(line.get(amount).toString())));
        }
        return result;
    }

    /** A number as written without trailing zeros: 12.50 and 12.5 are the same amount. */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private BigDecimal price() {
        return BigDecimal.valueOf(random.nextInt(300_000), 2);
    }
}
