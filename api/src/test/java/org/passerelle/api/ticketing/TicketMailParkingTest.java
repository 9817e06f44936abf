package org.passerelle.api.ticketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Smtp;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** An e-mail that keeps failing is parked after the configured attempts: kept with its error, no longer retried. */
@QuarkusTest
@TestProfile(TicketMailParkingTest.TwoAttempts.class)
class TicketMailParkingTest {

    /** Two attempts, and a mail server port where nothing listens. */
    public static class TwoAttempts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (ServerSocket free = new ServerSocket(0)) {
                return Map.of("passerelle.mail.max-attempts", "2", "quarkus.mailer.port",
                        Integer.toString(free.getLocalPort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    EntityManager em;

    @Test
    void an_e_mail_failing_twice_is_parked_and_left_alone() {
        Desk desk = new Desk();
        desk.ticket(desk.requester, "Kaila bloqué");
        MailRows rows = new MailRows(em, desk.org);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<MailRows.Row> mails = rows.to(desk.requester);
        while (mails.isEmpty() || !mails.get(0).status().equals("PARKED")) {
            if (Instant.now().isAfter(deadline)) {
                fail("Expected the e-mail parked, the outbox holds " + mails);
            }
            Smtp.pause(Duration.ofMillis(200));
            mails = rows.to(desk.requester);
        }
        assertEquals(2, mails.get(0).attempts());
        assertTrue(mails.get(0).lastError() != null && !mails.get(0).lastError().isBlank(), mails.toString());

        // Backoff is 1-2 s here: a few seconds later it has not been tried again.
        Smtp.pause(Duration.ofSeconds(4));
        assertEquals(mails, rows.to(desk.requester));
    }
}
