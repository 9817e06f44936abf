package org.passerelle.api.ticketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Smtp;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An e-mail that keeps failing is parked after the configured attempts: kept with its error, no longer retried.
 * The long outage is shortened in the database (the e-mail has already failed all but its last two attempts), so
 * that the test runs with the suite's configuration instead of a profile of its own, which would restart Quarkus.
 */
@QuarkusTest
class TicketMailParkingTest {

    @Inject
    EntityManager em;

    @AfterEach
    void serverBack() {
        Smtp.up();
    }

    @Test
    void an_e_mail_failing_its_last_attempts_is_parked_and_left_alone() {
        int maxAttempts = ConfigProvider.getConfig().getValue("passerelle.mail.max-attempts", Integer.class);
        Smtp.down();
        Desk desk = new Desk();
        desk.ticket(desk.requester, "Kaila bloqué");
        MailRows rows = new MailRows(em, desk.org);
        await(() -> rows.to(desk.requester).stream().anyMatch(m -> m.status().equals("PENDING") && m.attempts() >= 1
                && m.lastError() != null), () -> "a failed attempt, the outbox holds " + rows.to(desk.requester));

        // Between two attempts (not leased), the e-mail has two attempts left.
        await(() -> QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update mail_outbox set attempts = ?1 where recipient = ?2 and status = 'PENDING'"
                        + " and lease_until is null and org_id = (select id from organisations where slug = ?3)")
                .setParameter(1, maxAttempts - 2).setParameter(2, desk.requester).setParameter(3, desk.org)
                .executeUpdate()) == 1, () -> "the e-mail between two attempts");

        await(() -> rows.to(desk.requester).get(0).status().equals("PARKED"),
                () -> "the e-mail parked, the outbox holds " + rows.to(desk.requester));
        List<MailRows.Row> mails = rows.to(desk.requester);
        assertEquals(maxAttempts, mails.get(0).attempts());
        assertTrue(mails.get(0).lastError() != null && !mails.get(0).lastError().isBlank(), mails.toString());

        // Backoff is 1-2 s here: a few seconds later it has not been tried again.
        Smtp.pause(Duration.ofSeconds(4));
        assertEquals(mails, rows.to(desk.requester));
    }

    private static void await(BooleanSupplier done, Supplier<String> expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("Expected " + expected.get());
            }
            Smtp.pause(Duration.ofMillis(200));
        }
    }
}
