package org.passerelle.api.ticketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

/** Requesters hear about their tickets, teams about new ones; internal notes and refused changes send nothing. */
@QuarkusTest
class TicketNotificationsTest {

    @Inject
    MockMailbox mailbox;

    Desk desk;
    String teamEmail;

    @BeforeEach
    void desk() {
        desk = new Desk();
        teamEmail = "logiciels@" + desk.org + ".test";
        as(admin(desk.org)).header("If-Match", "\"0\"").body(Map.of("name", "Pôle Service Logiciels", "email", teamEmail))
                .put("/api/v1/orgs/{org}/teams/{t}", desk.org, desk.logiciels).then().statusCode(200);
        mailbox.clear();
    }

    @Test
    void the_requester_and_the_team_are_told_of_a_new_ticket_its_replies_and_its_resolution() {
        String id = desk.ticket(desk.requester, "Kaila bloqué");
        List<Mail> toRequester = mailbox.getMailsSentTo(desk.requester);
        assertEquals(1, toRequester.size());
        assertTrue(toRequester.get(0).getSubject().contains("Demande enregistrée"));
        assertEquals(1, mailbox.getMailsSentTo(teamEmail).size());

        as(desk.agent).body(Map.of("body", "Le mandat est débloqué, pouvez-vous vérifier ?"))
                .post("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, id).then().statusCode(201);
        as(desk.agent).body(Map.of("body", "Cause : verrou côté éditeur", "internal", true))
                .post("/api/v1/orgs/{org}/tickets/{id}/comments", desk.org, id).then().statusCode(201);
        toRequester = mailbox.getMailsSentTo(desk.requester);
        assertEquals(2, toRequester.size());
        assertTrue(toRequester.get(1).getText().contains("Le mandat est débloqué"));
        assertTrue(toRequester.stream().noneMatch(m -> m.getText().contains("verrou")));

        desk.act(desk.agent, id, "take", null, 200);
        desk.act(desk.agent, id, "resolve", null, 200);
        toRequester = mailbox.getMailsSentTo(desk.requester);
        assertEquals(3, toRequester.size());
        assertTrue(toRequester.get(2).getSubject().contains("Demande résolue"));
    }

    @Test
    void a_refused_ticket_sends_nothing() {
        as(desk.requester).body(Map.of("title", "PC", "description", "x", "categoryId", desk.maintenanceCategory))
                .post("/api/v1/orgs/{org}/tickets", desk.org).then().statusCode(422);
        assertEquals(0, mailbox.getTotalMessagesSent());
    }
}
