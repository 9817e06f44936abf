package org.passerelle.api.ticketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Smtp;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Requesters hear about their tickets, teams about new ones, by real e-mail (GreenMail); internal notes and
 * refused changes send nothing.
 */
@QuarkusTest
class TicketNotificationsTest {

    @Inject
    EntityManager em;

    Desk desk;
    String teamEmail;

    @BeforeEach
    void desk() {
        Smtp.up();
        desk = new Desk();
        teamEmail = "logiciels@" + desk.org + ".test";
        as(admin(desk.org)).header("If-Match", "\"0\"").body(Map.of("name", "Pôle Service Logiciels", "email", teamEmail))
                .put("/api/v1/orgs/{org}/teams/{t}", desk.org, desk.logiciels).then().statusCode(200);
    }

    @Test
    void the_requester_and_the_team_are_told_of_a_new_ticket_its_replies_and_its_resolution() {
        String id = desk.ticket(desk.requester, "Kaila bloqué");
        List<Smtp.Received> toRequester = Smtp.awaitSentTo(desk.requester, 1);
        assertTrue(toRequester.get(0).subject().contains("Demande enregistrée : Kaila bloqué"), toRequester.toString());
        assertTrue(toRequester.get(0).text().startsWith("Bonjour,"), toRequester.toString());
        List<Smtp.Received> toTeam = Smtp.awaitSentTo(teamEmail, 1);
        assertTrue(toTeam.get(0).subject().contains("Nouvelle demande"), toTeam.toString());
        assertTrue(toTeam.get(0).text().contains("Description de Kaila bloqué"), toTeam.toString());

        as(desk.agent).body(Map.of("body", "Le mandat est débloqué, pouvez-vous vérifier ?"))
                .post("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, id).then().statusCode(201);
        as(desk.agent).body(Map.of("body", "Cause : verrou côté éditeur", "internal", true))
                .post("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, id).then().statusCode(201);
        toRequester = Smtp.awaitSentTo(desk.requester, 2);
        assertTrue(toRequester.stream().anyMatch(m -> m.text().contains("Le mandat est débloqué")), toRequester.toString());

        desk.act(desk.agent, id, "take", null, 200);
        desk.act(desk.agent, id, "resolve", null, 200);
        toRequester = Smtp.awaitSentTo(desk.requester, 3);
        assertTrue(toRequester.stream().anyMatch(m -> m.subject().contains("Demande résolue")), toRequester.toString());
        assertTrue(toRequester.stream().noneMatch(m -> m.text().contains("verrou")), toRequester.toString());
        // The outbox queued exactly these: three for the requester, one for the team (the internal note none).
        MailRows rows = new MailRows(em, desk.org);
        assertEquals(3, rows.to(desk.requester).size());
        assertEquals(1, rows.to(teamEmail).size());
        assertEquals(4, rows.all().size());
    }

    @Test
    void a_refused_ticket_sends_nothing() {
        as(desk.requester).body(Map.of("title", "PC", "description", "x", "categoryId", desk.maintenanceCategory))
                .post("/api/v1/orgs/{org}/tickets", desk.org).then().statusCode(422);
        assertEquals(List.of(), new MailRows(em, desk.org).all());
    }
}
