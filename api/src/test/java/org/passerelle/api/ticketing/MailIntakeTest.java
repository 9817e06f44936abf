package org.passerelle.api.ticketing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.ticketing.intake.IntakeConfig;
import org.passerelle.ticketing.intake.MailboxPoller;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Mail sent over SMTP to a GreenMail server in the test JVM, read back over IMAP by one poll of the organisation's
 * mailbox: tickets, threaded replies, quarantine, idempotency, organisations kept apart.
 */
@QuarkusTest
class MailIntakeTest {

    static final String QUARANTINE = "/api/v1/orgs/{org}/mail-quarantine";

    /** A mailbox as the configuration describes one, here pointing at GreenMail's IMAP port. */
    record Box(String address, String host, int port, String user, String password, String folder, boolean ssl,
            UUID defaultCategory) implements IntakeConfig.Mailbox {
    }

    @Inject
    MailboxPoller poller;

    GreenMail mail;
    ServerSetup smtp;
    Desk desk;
    Box box;

    @BeforeEach
    void servers() {
        smtp = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        mail = new GreenMail(new ServerSetup[] { smtp,
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
        mail.start();
        desk = new Desk();
        box = mailbox(desk, "support");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    Box mailbox(Desk d, String user) {
        String address = user + "@" + d.org + ".test";
        mail.setUser(address, user + "-" + d.org, "secret");
        return new Box(address, "127.0.0.1", mail.getImap().getServerSetup().getPort(), user + "-" + d.org, "secret", "INBOX",
                false, UUID.fromString(d.kailaCategory));
    }

    @Test
    void a_requesters_mail_becomes_a_ticket_with_its_accepted_files() throws Exception {
        MimeMessage m = message(desk.requester, "Mandat bloqué", "Le mandat 42 ne passe pas.", box);
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Le mandat 42 ne passe pas.", "UTF-8");
        parts.addBodyPart(text);
        parts.addBodyPart(file("capture.pdf", "application/pdf", "%PDF-1.4 capture"));
        parts.addBodyPart(file("outil.exe", "application/x-msdownload", "MZ"));
        m.setContent(parts);
        send(m);

        assertEquals(1, poll(desk, box));

        JsonPath ticket = onlyTicket(desk);
        assertEquals("Mandat bloqué", ticket.getString("title"));
        assertEquals("Le mandat 42 ne passe pas.", ticket.getString("description"));
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{id}/attachments", desk.org, ticket.getString("id"))
                .then().statusCode(200).body("items.filename", contains("capture.pdf"));
        assertEquals(0, poll(desk, box), "a filed message is seen: the next poll has nothing to read");
    }

    @Test
    void a_reply_naming_the_ticket_is_threaded_as_the_requesters_public_comment() throws Exception {
        String ticket = desk.ticket(desk.requester, "Erreur à l'export");
        String reference = as(desk.agent).get("/api/v1/orgs/{org}/tickets/{t}", desk.org, ticket).path("reference");
        send(message(desk.requester, "RE: [" + reference + "] Erreur à l'export", "Voici le fichier demandé.", box));
        MimeMessage byHeaders = message(desk.requester, "Re: votre demande", "Et une précision.", box);
        byHeaders.setHeader("In-Reply-To", "<ticket-" + ticket + ".9f1c@passerelle.test>");
        byHeaders.setHeader("References", "<ticket-" + ticket + "@passerelle.test>");
        send(byHeaders);

        assertEquals(2, poll(desk, box));

        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{t}/comments", desk.org, ticket).then().statusCode(200)
                .body("items.body", contains("Voici le fichier demandé.", "Et une précision."))
                .body("items.internal", contains(false, false));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets", desk.org).then().body("items", hasSize(1));
    }

    @Test
    void a_reply_the_desk_refuses_is_quarantined_and_the_other_mail_still_filed() throws Exception {
        String ticket = desk.ticket(desk.requester, "Erreur à l'export");
        String reference = as(desk.agent).get("/api/v1/orgs/{org}/tickets/{t}", desk.org, ticket).path("reference");
        desk.act(desk.requester, ticket, "cancel", null, 200);
        send(message(desk.requester, "RE: [" + reference + "] Erreur", "Finalement, si.", box));
        send(message(desk.otherRequester, "RE: [" + reference + "] Erreur", "Pas ma demande.", box));
        send(message(desk.requester, "Autre sujet", "Nouvelle demande.", box));

        assertEquals(3, poll(desk, box));

        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{t}/comments", desk.org, ticket).then().body("items", empty());
        as(desk.agent).get(QUARANTINE, desk.org).then().body("items.reason", contains("REFUSED", "REFUSED"))
                .body("items.detail", contains("ticketing.ticket.final", "ticketing.intake.not-your-ticket"));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets", desk.org).then().body("items", hasSize(2));
    }

    @Test
    void an_unknown_sender_waits_in_quarantine_until_an_agent_files_it_for_a_requester() throws Exception {
        send(message("inconnu@ailleurs.test", "Question", "Bonjour, une question.", box));
        send(message("autre@ailleurs.test", "Publicité", "Achetez.", box));
        assertEquals(2, poll(desk, box));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets", desk.org).then().body("items", empty());

        JsonPath pending = as(desk.agent).get(QUARANTINE, desk.org).then().statusCode(200)
                .body("items.sender", contains("inconnu@ailleurs.test", "autre@ailleurs.test"))
                .body("items.reason", contains("UNKNOWN_SENDER", "UNKNOWN_SENDER")).extract().jsonPath();
        as(desk.requester).get(QUARANTINE, desk.org).then().statusCode(403);
        String item = pending.getString("items[0].id");
        String spam = pending.getString("items[1].id");
        String requesterId = as(desk.requester).get("/api/v1/me").path("personId");

        String ticket = as(desk.agent).header("If-Match", etag(item))
                .body(Map.of("requesterId", requesterId, "categoryId", desk.kailaCategory))
                .post(QUARANTINE + "/{id}/accept", desk.org, item).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).extract().path("ticketId");
        as(desk.requester).get("/api/v1/orgs/{org}/tickets/{t}", desk.org, ticket).then().statusCode(200)
                .body("title", equalTo("Question"), "description", equalTo("Bonjour, une question."));
        as(desk.agent).header("If-Match", etag(item)).body(Map.of("requesterId", requesterId,
                "categoryId", desk.kailaCategory)).post(QUARANTINE + "/{id}/accept", desk.org, item).then()
                .statusCode(409);
        as(desk.agent).header("If-Match", etag(spam)).post(QUARANTINE + "/{id}/discard", desk.org, spam).then()
                .statusCode(200).body("status", equalTo("DISCARDED"));
        as(desk.agent).get(QUARANTINE, desk.org).then().body("items", empty());
    }

    @Test
    void auto_replies_and_bounces_are_quarantined_never_filed() throws Exception {
        MimeMessage away = message(desk.requester, "Absence", "Je suis absente jusqu'au 5.", box);
        away.setHeader("Auto-Submitted", "auto-replied");
        send(away);
        MimeMessage bulk = message(desk.requester, "Lettre d'information", "Nouveautés", box);
        bulk.setHeader("Precedence", "bulk");
        send(bulk);
        send(message("mailer-daemon@" + desk.org + ".test", "Undelivered Mail", "Delivery failed", box));
        assertEquals(3, poll(desk, box));

        as(desk.agent).get("/api/v1/orgs/{org}/tickets", desk.org).then().body("items", empty());
        as(desk.agent).get(QUARANTINE, desk.org).then()
                .body("items.reason", contains("AUTOMATIC", "AUTOMATIC", "AUTOMATIC"));
    }

    @Test
    void the_same_message_received_twice_files_one_ticket() throws Exception {
        MimeMessage m = message(desk.requester, "Imprimante", "Elle ne répond plus.", box);
        m.setHeader("Message-ID", "<once-" + UUID.randomUUID() + "@mairie.test>");
        send(m);
        send(m);
        assertEquals(2, poll(desk, box));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets", desk.org).then().body("items", hasSize(1));
        send(m);
        assertEquals(1, poll(desk, box));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets", desk.org).then().body("items", hasSize(1));
        as(desk.agent).get(QUARANTINE, desk.org).then().body("items", empty());
    }

    @Test
    void a_sender_writing_too_often_is_quarantined_after_the_hourly_limit() throws Exception {
        for (int i = 1; i <= 11; i++) {
            send(message(desk.requester, "Demande " + i, "Texte " + i, box));
        }
        assertEquals(11, poll(desk, box));
        as(desk.agent).get("/api/v1/orgs/{org}/tickets", desk.org).then().body("items", hasSize(10));
        as(desk.agent).get(QUARANTINE, desk.org).then().body("items.reason", contains("RATE_LIMIT"));
    }

    @Test
    void another_organisations_mailbox_never_reaches_this_organisations_tickets() throws Exception {
        String ticket = desk.ticket(desk.requester, "Erreur à l'export");
        String reference = as(desk.agent).get("/api/v1/orgs/{org}/tickets/{t}", desk.org, ticket).path("reference");
        Desk other = new Desk();
        Box otherBox = mailbox(other, "support");
        MimeMessage reply = message(desk.requester, "RE: [" + reference + "] Erreur", "Réponse égarée", otherBox);
        reply.setHeader("References", "<ticket-" + ticket + "@passerelle.test>");
        send(reply);

        assertEquals(1, poll(other, otherBox));

        as(desk.agent).get("/api/v1/orgs/{org}/tickets/{t}/comments", desk.org, ticket).then().body("items", empty());
        as(other.agent).get("/api/v1/orgs/{org}/tickets", other.org).then().body("items", empty());
        as(other.agent).get(QUARANTINE, other.org).then().body("items.reason", contains("UNKNOWN_SENDER"));
        as(desk.agent).get(QUARANTINE, desk.org).then().body("items", empty());
        assertEquals(0, poll(desk, box));
    }

    private int poll(Desk d, Box b) throws MessagingException {
        return poller.poll(d.org, b);
    }

    private JsonPath onlyTicket(Desk d) {
        String id = as(d.agent).get("/api/v1/orgs/{org}/tickets", d.org).then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
        return as(d.agent).get("/api/v1/orgs/{org}/tickets/{t}", d.org, id).then().statusCode(200).extract().jsonPath();
    }

    private String etag(String item) {
        return as(desk.agent).get(QUARANTINE + "/{id}", desk.org, item).then().statusCode(200).extract().header("ETag");
    }

    private MimeMessage message(String from, String subject, String text, Box to) throws MessagingException {
        MimeMessage m = new MimeMessage(GreenMailUtil.getSession(smtp)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // Keeps a Message-ID the test set: the same message is then delivered twice.
                if (getHeader("Message-ID") == null) {
                    super.updateMessageID();
                }
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, to.address());
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        return m;
    }

    private static MimeBodyPart file(String name, String type, String content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(content.getBytes(StandardCharsets.UTF_8), type);
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static void send(MimeMessage m) throws MessagingException {
        GreenMailUtil.sendMimeMessage(m);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
