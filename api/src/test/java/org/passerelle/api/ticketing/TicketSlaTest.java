package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.passerelle.api.support.Api.as;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The breach monitor flags overdue tickets once and records it. (Due-date arithmetic on the agency's
 * calendar is proven in ticketing's SlaDueDatesTest; here the clock is moved by moving the due dates.)
 */
@QuarkusTest
class TicketSlaTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void an_overdue_ticket_is_flagged_once_and_the_flag_is_searchable() throws Exception {
        Desk desk = new Desk();
        String overdue = desk.ticket(desk.requester, "En retard");
        String onTime = desk.ticket(desk.requester, "Dans les temps");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update tickets set resolution_due_at = now() - interval '1 hour',"
                        + " first_response_due_at = now() - interval '2 hours' where id = ?")) {
            s.setObject(1, UUID.fromString(overdue));
            s.executeUpdate();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!Boolean.TRUE.equals(as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, overdue)
                .path("resolutionBreached")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
        }
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, overdue).then()
                .body("resolutionBreached", equalTo(true), "firstResponseBreached", equalTo(true));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}/history", desk.org, overdue).then()
                .body("items.findAll { it.action == 'sla-breached' }.size()", equalTo(2),
                        "items.field", hasItem("resolution_breached"));
        as(desk.agent).queryParam("breached", true).get("/api/v1/orgs/{org}/tickets", desk.org).then()
                .body("items.id", contains(overdue));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, onTime).then()
                .body("resolutionBreached", equalTo(false));
    }
}
