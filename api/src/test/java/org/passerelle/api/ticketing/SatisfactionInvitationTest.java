package org.passerelle.api.ticketing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Smtp;
import org.passerelle.api.support.Smtp.Received;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * On resolution the requester gets, through the mail outbox and a real SMTP server, a link that rates the ticket
 * without signing in: once, until it expires; every ticket e-mail is in the ticket's thread.
 */
@QuarkusTest
class SatisfactionInvitationTest {

    private static final String RATING = "/api/v1/public/rating/{token}";
    private static final Pattern LINK = Pattern.compile("/api/v1/public/rating/([A-Za-z0-9_-]{20,})");

    @Inject
    EntityManager em;

    @BeforeEach
    void mailServerUp() {
        Smtp.up();
    }

    @Test
    void the_resolution_mail_links_to_a_rating_that_works_once_without_signing_in() {
        Desk desk = new Desk();
        String ticket = desk.ticket(desk.requester, "Kaila : mandatement bloqué");
        String reference = as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, ticket).then()
                .statusCode(200).extract().path("reference");
        resolve(desk, ticket);

        Received mail = resolutionMail(desk.requester, reference);
        assertTrue(mail.subject().startsWith("[" + reference + "] Demande résolue"), mail.subject());
        assertTrue(mail.text().contains("notez la réponse de 1 à 5"), mail.text());
        String token = token(mail);

        // What is rated, and nothing more; no token needed.
        Response subject = given().get(RATING, token);
        subject.then().statusCode(200).body("reference", equalTo(reference),
                "title", equalTo("Kaila : mandatement bloqué"), "organisationName", equalTo("Org " + desk.org));
        assertEquals(3, subject.jsonPath().getMap("").size(), subject.asString());

        // Malformed ratings are refused and do not spend the link.
        given().contentType("application/json").body(Map.of("score", 6)).post(RATING, token).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("score", 4, "comment", "Rapide et clair"))
                .post(RATING, token).then().statusCode(204);

        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, ticket).then().statusCode(200)
                .body("satisfactionScore", equalTo(4), "satisfactionComment", equalTo("Rapide et clair"));
        String requesterId = as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, ticket).then()
                .extract().path("requesterId");
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}/history", desk.org, ticket).then().statusCode(200)
                .body("items.find { it.action == 'rated' }.actorId", equalTo(requesterId),
                        "items.find { it.action == 'rated' }.to", equalTo("4"));

        // Spent: neither readable nor usable again.
        given().contentType("application/json").body(Map.of("score", 1)).post(RATING, token).then().statusCode(404)
                .contentType("application/problem+json");
        given().get(RATING, token).then().statusCode(404).contentType("application/problem+json");
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, ticket).then()
                .body("satisfactionScore", equalTo(4));
    }

    @Test
    void expired_unknown_and_other_organisations_links_rate_nothing_here() {
        Desk desk = new Desk();
        Desk other = new Desk();
        String ticket = desk.ticket(desk.requester, "Sedna : export impossible");
        String reference = as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, ticket).then()
                .extract().path("reference");
        resolve(desk, ticket);
        String token = token(resolutionMail(desk.requester, reference));

        String theirs = other.ticket(other.requester, "Sedna : export impossible");
        String theirReference = as(other.agent).get("/api/v1/orgs/{org}/tickets/{id}", other.org, theirs).then()
                .extract().path("reference");
        resolve(other, theirs);
        String theirToken = token(resolutionMail(other.requester, theirReference));

        // A link is its own ticket's only: the other organisation's rates its ticket, never ours.
        given().get(RATING, theirToken).then().statusCode(200).body("organisationName", equalTo("Org " + other.org));
        given().contentType("application/json").body(Map.of("score", 2)).post(RATING, theirToken).then()
                .statusCode(204);
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, ticket).then()
                .body("satisfactionScore", equalTo(null));

        // A token altered by one character, or made up, is unknown.
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        given().get(RATING, altered).then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("score", 5)).post(RATING, "made-up").then()
                .statusCode(404);

        // Past its expiry the link is refused, like a spent one.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update ticket_rating_invitations"
                + " set expires_at = now() - interval '1 second' where ticket_id = cast(?1 as uuid)")
                .setParameter(1, ticket).executeUpdate());
        given().get(RATING, token).then().statusCode(404);
        given().contentType("application/json").body(Map.of("score", 5)).post(RATING, token).then().statusCode(404)
                .contentType("application/problem+json");
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, ticket).then()
                .body("satisfactionScore", equalTo(null));
        // The signed-in rate action is still there for the requester.
        desk.act(desk.requester, ticket, "rate", Map.of("score", 5), 200);
        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}/history", desk.org, ticket).then()
                .body("items.action", hasItem("rated"));
    }

    @Test
    void ticket_mails_share_the_tickets_thread_and_name_it_in_the_subject() {
        Desk desk = new Desk();
        String ticket = desk.ticket(desk.requester, "Ciril : impression des titres");
        String reference = as(desk.agent).get("/api/v1/orgs/{org}/tickets/{id}", desk.org, ticket).then()
                .extract().path("reference");
        resolve(desk, ticket);
        List<Received> mails = Smtp.awaitSentTo(desk.requester, 2, m -> m.subject().contains(reference));
        assertEquals(2, mails.size(), "creation and resolution: " + mails);

        String root = "<ticket-" + ticket + "@passerelle.invalid>";
        for (Received m : mails) {
            assertTrue(reference.matches("T-\\d{4}-\\d{6}"), reference);
            assertTrue(m.subject().startsWith("[" + reference + "]"), m.subject());
            assertTrue(m.header("Message-ID").matches("<ticket-" + ticket + "\\.[0-9a-f-]{36}@passerelle\\.invalid>"),
                    m.header("Message-ID"));
            assertEquals(root, m.header("In-Reply-To"));
            assertEquals(root, m.header("References"));
        }
        assertNotEquals(mails.get(0).header("Message-ID"), mails.get(1).header("Message-ID"));
    }

    private static void resolve(Desk desk, String ticket) {
        desk.act(desk.agent, ticket, "take", null, 200);
        desk.act(desk.agent, ticket, "resolve", null, 200);
    }

    private static Received resolutionMail(String to, String reference) {
        return Smtp.awaitSentTo(to, 1, m -> m.subject().contains(reference) && m.subject().contains("résolue")).get(0);
    }

    private static String token(Received mail) {
        Matcher m = LINK.matcher(mail.text());
        assertTrue(m.find(), "no rating link in " + mail.text());
        return m.group(1);
    }
}
