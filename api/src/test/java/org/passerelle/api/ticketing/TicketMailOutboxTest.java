package org.passerelle.api.ticketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Smtp;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Ticket e-mails go through the mail outbox: with the mail server down, a ticket is still created and its e-mails
 * wait, retried in the background; when the server is back they arrive once each, in the recipient's language.
 */
@QuarkusTest
class TicketMailOutboxTest {

    @Inject
    EntityManager em;

    @AfterEach
    void serverBack() {
        Smtp.up();
    }

    @Test
    void with_the_mail_server_down_tickets_are_created_and_their_mails_wait_then_go_out_once_in_the_right_language() {
        // First a server that accepts and never answers: sending on the request thread would hang until the mail
        // client's timeout (a minute); queued, the creation does not wait for it.
        Smtp.silent();
        Desk desk = new Desk();
        String team = "logiciels@" + desk.org + ".test";
        as(admin(desk.org)).header("If-Match", "\"0\"").body(Map.of("name", "Pôle Service Logiciels", "email", team))
                .put("/api/v1/orgs/{org}/teams/{t}", desk.org, desk.logiciels).then().statusCode(200);
        // The Soustons requester reads English (no API sets the preference yet: see docs/operations.md).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update people set language = 'en' where email = ?1")
                .setParameter(1, desk.otherRequester).executeUpdate());

        Instant start = Instant.now();
        desk.ticket(desk.requester, "Kaila bloqué");
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "created in " + took);

        // Then no server at all: the e-mails stay queued, retried.
        Smtp.down();
        desk.ticket(desk.otherRequester, "Kaila ne démarre plus");
        MailRows rows = new MailRows(em, desk.org);
        awaitRows(rows, "the four e-mails kept and retried", all -> all.size() == 4
                && all.stream().allMatch(r -> r.status().equals("PENDING") && r.attempts() >= 2 && r.lastError() != null));
        // By recipient: a ticket's e-mails are queued in one transaction, so their created_at ties.
        assertEquals(List.of("fr"), rows.to(desk.requester).stream().map(MailRows.Row::language).toList());
        assertEquals(List.of("en"), rows.to(desk.otherRequester).stream().map(MailRows.Row::language).toList());
        assertEquals(List.of("fr", "fr"), rows.to(team).stream().map(MailRows.Row::language).toList());

        Smtp.up();
        List<Smtp.Received> french = Smtp.awaitSentTo(desk.requester, 1);
        assertTrue(french.get(0).subject().endsWith("Demande enregistrée : Kaila bloqué"), french.toString());
        assertTrue(french.get(0).text().startsWith("Bonjour,"), french.toString());
        List<Smtp.Received> english = Smtp.awaitSentTo(desk.otherRequester, 1);
        assertTrue(english.get(0).subject().endsWith("Request received: Kaila ne démarre plus"), english.toString());
        assertTrue(english.get(0).text().startsWith("Hello,"), english.toString());
        List<Smtp.Received> toTeam = Smtp.awaitSentTo(team, 2);
        assertTrue(toTeam.stream().allMatch(m -> m.subject().contains("Nouvelle demande")), toTeam.toString());

        awaitRows(rows, "all sent", all -> all.stream().allMatch(r -> r.status().equals("SENT") && r.sent()
                && r.lastError() == null));
        // Several dispatch rounds later, still once each.
        Smtp.pause(Duration.ofSeconds(3));
        assertEquals(1, Smtp.sentTo(desk.requester).size());
        assertEquals(1, Smtp.sentTo(desk.otherRequester).size());
        assertEquals(2, Smtp.sentTo(team).size());
    }

    private static void awaitRows(MailRows rows, String what, java.util.function.Predicate<List<MailRows.Row>> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<MailRows.Row> all = rows.all();
        while (!done.test(all)) {
            if (Instant.now().isAfter(deadline)) {
                fail("Expected " + what + ", the outbox holds " + all);
            }
            Smtp.pause(Duration.ofMillis(200));
            all = rows.all();
        }
    }
}
