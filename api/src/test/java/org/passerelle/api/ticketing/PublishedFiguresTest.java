package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The agency's 2024 support figures (shared/seeds/001): 20,035 assistance requests and 645 purchase orders;
 * the top five categories; mean processing time 1 day 1 h 44 min at level 1 and 3 days 1 h 45 min at
 * level 2. (The report's headline total, 20,630, is 50 less than the sum of its own two counts, 20,680;
 * the tickets loaded here match the two counts, so the total is 20,680.) Raw tickets with those counts and durations are loaded in bulk; the statistics
 * endpoint and the indicator SPI must give back exactly those figures.
 */
@QuarkusTest
class PublishedFiguresTest {

    static final long N1_MEAN = 92_640; // 1 day 1 h 44 min
    static final long N2_MEAN = 265_500; // 3 days 1 h 45 min
    static final int TOTAL = 20_035 + 645;

    @Inject
    AgroalDataSource dataSource;

    Desk desk;

    @BeforeEach
    void loadTheAgencys2024Tickets() throws Exception {
        desk = new Desk();
        Map<String, Integer> categories = new LinkedHashMap<>();
        categories.put("Finances (AFI) Kaila", 4273);
        categories.put("Paie / GRH (AFI) Sedna", 3141);
        categories.put("Maintenance hors serveurs", 2279);
        categories.put("Finances (Ciril)", 1271);
        categories.put("Services aux familles (Mushroom) Cityfamily", 1014);
        int others = TOTAL - categories.values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 1; i <= 10; i++) {
            categories.put("Autre catégorie " + i, others / 10 + (i <= others % 10 ? 1 : 0));
        }
        List<String> ids = new ArrayList<>();
        for (String name : categories.keySet()) {
            // The desk already has the Kaila and maintenance categories.
            ids.add(switch (name) {
                case "Finances (AFI) Kaila" -> desk.kailaCategory;
                case "Maintenance hors serveurs" -> desk.maintenanceCategory;
                default -> desk.category(name, desk.logiciels, desk.kaila, "N1");
            });
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into tickets (id, org_id, reference, type, status, member_id, title, description, category_id,
                    team_id, level, urgency, impact, priority, created_at, updated_at, resolved_at, processing_seconds,
                    processing_business_seconds)
                select gen_random_uuid(), ?, 'T-2024-' || lpad(g::text, 6, '0'),
                    case when g <= 645 then 'PURCHASE_ORDER' else 'ASSISTANCE' end, 'CLOSED', ?, 'Demande ' || g, '-', ?, ?,
                    case when g <= 16000 then 'N1' else 'N2' end, 'MEDIUM', 'MEDIUM', 'P3', d, d,
                    d + make_interval(secs => p), p, p / 3
                from generate_series(?, ?) g,
                    lateral (select timestamptz '2024-01-02 09:00 Europe/Paris' + (g % 300) * interval '1 day' as d) dates,
                    lateral (select case when g <= 16000 then ? else ? end + case when g % 2 = 0 then -3600 else 3600 end as p) durations
                """)) {
            int next = 1;
            int index = 0;
            for (int count : categories.values()) {
                insert.setObject(1, UUID.fromString(orgId()));
                insert.setObject(2, UUID.fromString(desk.capbreton));
                insert.setObject(3, UUID.fromString(ids.get(index++)));
                insert.setObject(4, UUID.fromString(desk.logiciels));
                insert.setInt(5, next);
                insert.setInt(6, next + count - 1);
                insert.setLong(7, N1_MEAN);
                insert.setLong(8, N2_MEAN);
                insert.executeUpdate();
                next += count;
            }
        }
    }

    @Test
    void the_statistics_reproduce_the_published_figures() {
        as(admin(desk.org)).queryParam("year", 2024).get("/api/v1/orgs/{org}/ticketing/statistics", desk.org)
                .then().statusCode(200)
                .body("created", equalTo(TOTAL),
                        "byType.ASSISTANCE", equalTo(20_035), "byType.PURCHASE_ORDER", equalTo(645),
                        "topCategories.name", contains("Finances (AFI) Kaila", "Paie / GRH (AFI) Sedna",
                                "Maintenance hors serveurs", "Finances (Ciril)", "Services aux familles (Mushroom) Cityfamily"),
                        "topCategories.count", contains(4273, 3141, 2279, 1271, 1014),
                        "processingTimeByLevel.N1.mean", equalTo("PT25H44M"),
                        "processingTimeByLevel.N2.mean", equalTo("PT73H45M"),
                        "processingTimeByLevel.N1.resolved", equalTo(16_000),
                        "processingTimeByLevel.N2.resolved", equalTo(TOTAL - 16_000),
                        "backlogAtEnd", equalTo(0));
        as(admin(desk.org)).accept("text/csv").queryParam("year", 2024)
                .get("/api/v1/orgs/{org}/ticketing/statistics", desk.org).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("processing_mean_seconds;N1;92640"), containsString("created_by_type;PURCHASE_ORDER;645"));
        // Another year is empty.
        as(admin(desk.org)).queryParam("year", 2023).get("/api/v1/orgs/{org}/ticketing/statistics", desk.org)
                .then().body("created", equalTo(0));
    }

    @Test
    void the_indicator_sources_give_the_same_figures_with_provenance() {
        as(admin(desk.org)).queryParam("year", 2024)
                .get("/api/v1/orgs/{org}/indicators/ticketing.requests.count", desk.org).then().statusCode(200)
                .body("value", equalTo(TOTAL), "provenance.recordCount", equalTo(TOTAL));
        as(admin(desk.org)).queryParam("year", 2024).queryParam("type", "PURCHASE_ORDER")
                .get("/api/v1/orgs/{org}/indicators/ticketing.requests.count", desk.org).then().body("value", equalTo(645));
        as(admin(desk.org)).queryParam("year", 2024).queryParam("level", "N1")
                .get("/api/v1/orgs/{org}/indicators/ticketing.processing_time.mean", desk.org).then()
                .body("value", equalTo(25.73f), "unit", equalTo("HOURS"), "provenance.recordCount", equalTo(16_000));
    }

    @Test
    void only_staff_and_the_mission_committee_read_statistics() {
        as(desk.requester).queryParam("year", 2024).get("/api/v1/orgs/{org}/ticketing/statistics", desk.org)
                .then().statusCode(403);
        String other = Fixtures.organisation("stats-other");
        as(admin(other)).queryParam("year", 2024).get("/api/v1/orgs/{org}/ticketing/statistics", desk.org)
                .then().statusCode(404);
        as(admin(other)).queryParam("year", 2024).get("/api/v1/orgs/{org}/ticketing/statistics", other)
                .then().statusCode(200).body("created", equalTo(0));
    }

    private String orgId() {
        return as(admin(desk.org)).get("/api/v1/orgs/{org}", desk.org).then().extract().path("id");
    }
}
