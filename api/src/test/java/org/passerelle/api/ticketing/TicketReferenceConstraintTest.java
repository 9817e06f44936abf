package org.passerelle.api.ticketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Reference uniqueness does not rest on code alone: the database refuses a second ticket with the same reference. */
@QuarkusTest
class TicketReferenceConstraintTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_database_refuses_two_tickets_of_one_organisation_with_the_same_reference() throws Exception {
        Desk desk = new Desk();
        String first = desk.file(desk.requester, "Première", "x").then().statusCode(201).extract().path("reference");
        String second = desk.ticket(desk.requester, "Seconde");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update tickets set reference = ? where id = ?")) {
            s.setString(1, first);
            s.setObject(2, UUID.fromString(second));
            SQLException refused = assertThrows(SQLException.class, s::executeUpdate);
            assertEquals("23505", refused.getSQLState(), refused.getMessage());
        }
    }
}
