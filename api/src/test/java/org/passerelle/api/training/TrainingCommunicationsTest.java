package org.passerelle.api.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;
import static org.passerelle.api.training.AttendanceAndCertificatesTest.TRAINING;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Smtp;
import org.passerelle.training.communication.CommunicationJob;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The communications engine end to end: the job queues each communication once through the mail outbox (however
 * often and concurrently it runs), GreenMail receives them with their content and attachments, the one-click
 * links act once and refuse tampered tokens, a refusal stops survey invitations, and the send log is the learner's
 * and the staff's only.
 */
@QuarkusTest
class TrainingCommunicationsTest {

    static final String LINKS = "/api/v1/public/training/links/{token}";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Pattern LINK = Pattern.compile("/links/([A-Za-z0-9_-]{20,})");

    @Inject
    CommunicationJob job;

    @Inject
    EntityManager em;

    String org;
    String course;

    @BeforeEach
    void organisation() {
        Smtp.up();
        org = Fixtures.organisation("comms");
        Map<String, Object> c = CoursesTest.course("CNUM-COM", "Médiation numérique");
        c.put("coldSurveyDelayDays", 1);
        course = CoursesTest.create(org, c);
    }

    @Test
    void convocation_and_reminder_arrive_once_with_the_calendar_and_confirm_the_place_in_one_click() throws Exception {
        // The first half-day starts within 24 hours: the convocation (7 days before) and the reminder are both due.
        ZonedDateTime now = ZonedDateTime.now(PARIS);
        boolean afternoon = now.toLocalTime().isBefore(LocalTime.of(13, 0));
        LocalDate day = afternoon ? now.toLocalDate() : now.toLocalDate().plusDays(1);
        String session = AttendanceAndCertificatesTest.session(org, course, List.of(), List.of(afternoon
                ? SessionsTest.slot(day.toString(), "AFTERNOON", "13:30", "17:00")
                : SessionsTest.slot(day.toString(), "MORNING", "09:00", "12:30")));
        String learnerA = AttendanceAndCertificatesTest.learner(org, "a");
        String learnerB = AttendanceAndCertificatesTest.learner(org, "b");
        String seatA = AttendanceAndCertificatesTest.enrol(org, session, learnerA);
        String seatB = AttendanceAndCertificatesTest.enrol(org, session, learnerB);
        String emailA = user("learner-a", org);
        String emailB = user("learner-b", org);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update people set language = 'en' where email = ?1")
                .setParameter(1, emailB).executeUpdate());
        // The organisation words its French reminder its own way.
        as(admin(org)).body(Map.of("source", "{#fragment id=subject rendered=false}C'est demain : {course}{/fragment}"
                + "{#fragment id=body rendered=false}Bonjour {learner}, à demain ({starts}).{/fragment}"))
                .put("/api/v1/orgs/{org}/mail-templates/training-reminder/fr", org).then().statusCode(200);

        // Twice in a row, then twice at once: still one of each.
        job.run();
        job.run();
        CompletableFuture.allOf(CompletableFuture.runAsync(job::run), CompletableFuture.runAsync(job::run)).get();

        List<Smtp.Received> toA = Smtp.awaitSentTo(emailA, 2);
        Smtp.Received convocation = toA.stream().filter(m -> m.subject().startsWith("Convocation")).findFirst().orElseThrow();
        assertTrue(convocation.subject().contains("Médiation numérique"), convocation.subject());
        assertTrue(convocation.text().contains("confirmer votre présence"), convocation.text());
        Smtp.Attached ics = convocation.attachments().get("session.ics");
        assertTrue(ics != null && ics.contentType().startsWith("text/calendar"), convocation.attachments().toString());
        Smtp.Attached letter = convocation.attachments().get("convocation.pdf");
        assertTrue(letter != null && letter.content().startsWith("%PDF"), convocation.attachments().keySet().toString());
        assertTrue(ics.content().contains("BEGIN:VEVENT") && ics.content().contains("CNUM-COM"), ics.content());
        assertTrue(toA.stream().anyMatch(m -> m.subject().equals("C'est demain : Médiation numérique")), toA.toString());
        List<Smtp.Received> toB = Smtp.awaitSentTo(emailB, 2);
        assertTrue(toB.stream().anyMatch(m -> m.subject().startsWith("Invitation to attend: Médiation numérique")),
                toB.toString());
        assertTrue(toB.stream().anyMatch(m -> m.subject().startsWith("Reminder: Médiation numérique")), toB.toString());
        // Queued once each: one outbox row per kind and recipient. (The outbox itself may deliver an e-mail twice
        // when the mail server answers after its timeout: at-least-once, see MailDispatcher.)
        Smtp.pause(Duration.ofSeconds(3));
        assertEquals(List.of("mail/training-convocation", "mail/training-reminder"), templates(emailA));
        assertEquals(List.of("mail/training-convocation", "mail/training-reminder"), templates(emailB));
        assertEquals(2, Smtp.sentTo(emailA).stream().map(Smtp.Received::subject).distinct().count());
        assertEquals(2, Smtp.sentTo(emailB).stream().map(Smtp.Received::subject).distinct().count());

        as(admin(org)).queryParam("year", LocalDate.now(PARIS).getYear())
                .get("/api/v1/orgs/{org}/indicators/{key}", org, "training.convocations_sent").then().statusCode(200)
                .body("value", equalTo(2), "provenance.recordCount", equalTo(2));

        // The send log: the learner and staff read it, another learner gets 404.
        as(emailA).get(TRAINING + "/enrolments/{e}/communications", org, seatA).then().statusCode(200)
                .body("items.kind", containsInAnyOrder("CONVOCATION", "REMINDER"), "items.state", everyItem(equalTo("SENT")),
                        "items.recipient", everyItem(equalTo(emailA)));
        as(admin(org)).get(TRAINING + "/enrolments/{e}/communications", org, seatB).then().statusCode(200)
                .body("items", hasSize(2));
        as(emailB).get(TRAINING + "/enrolments/{e}/communications", org, seatA).then().statusCode(404)
                .contentType("application/problem+json");

        // The convocation's link confirms the place, once; a tampered token is refused like an unknown one.
        String token = token(convocation.text());
        given().get(LINKS, token).then().statusCode(200).body("purpose", equalTo("CONFIRM"),
                "courseTitle", equalTo("Médiation numérique"));
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        given().post(LINKS + "/confirm", tampered).then().statusCode(404).contentType("application/problem+json");
        given().post(LINKS + "/opt-out", token).then().statusCode(404).contentType("application/problem+json");
        given().post(LINKS + "/confirm", token).then().statusCode(204);
        as(emailA).get(TRAINING + "/enrolments/{e}", org, seatA).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        given().post(LINKS + "/confirm", token).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void survey_invitations_answer_in_one_click_and_a_refusal_stops_the_next_one() throws Exception {
        // A session that ended three days ago, still RUNNING: the hot survey is due, not yet the cold one.
        String day = LocalDate.now(PARIS).minusDays(3).toString();
        String session = AttendanceAndCertificatesTest.session(org, course, List.of(),
                List.of(SessionsTest.slot(day, "MORNING", "09:00", "12:30")));
        String seatC = AttendanceAndCertificatesTest.enrol(org, session, AttendanceAndCertificatesTest.learner(org, "c"));
        String seatD = AttendanceAndCertificatesTest.enrol(org, session, AttendanceAndCertificatesTest.learner(org, "d"));
        String emailC = user("learner-c", org);
        String emailD = user("learner-d", org);
        transition(session, "start");
        job.run();
        job.run();

        Smtp.Received hotC = Smtp.awaitSentTo(emailC, 1).get(0);
        assertEquals(List.of("mail/training-hot-survey"), templates(emailC));
        Smtp.Received hotD = Smtp.awaitSentTo(emailD, 1).get(0);
        assertTrue(hotD.subject().contains("Votre avis sur la formation Médiation numérique"), hotD.subject());
        assertEquals("List-Unsubscribe=One-Click", hotC.header("List-Unsubscribe-Post"));
        // C refuses survey invitations from its mail client (RFC 8058: a form POST to the List-Unsubscribe URL).
        Matcher unsubscribe = Pattern.compile("<https?://[^/]+(/api/v1/public/training/links/[^>]+)>")
                .matcher(hotC.header("List-Unsubscribe"));
        assertTrue(unsubscribe.matches(), hotC.header("List-Unsubscribe"));
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").post(unsubscribe.group(1))
                .then().statusCode(204);

        // D answers the hot survey from its link, once.
        String survey = token(hotD.text());
        Map<String, Object> answer = Map.of("overall", 5, "comment", "Très concret");
        given().contentType(ContentType.JSON).body(Map.of("overall", 9)).post(LINKS + "/survey", survey).then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(answer).post(LINKS + "/survey", survey).then().statusCode(204);
        given().contentType(ContentType.JSON).body(answer).post(LINKS + "/survey", survey).then().statusCode(404)
                .contentType("application/problem+json");
        as(emailD).get(TRAINING + "/enrolments/{e}/surveys", org, seatD).then().statusCode(200)
                .body("items.kind", contains("HOT"), "items[0].overall", equalTo(5));

        // Completed, the course's one-day delay passed: the cold survey goes to D only.
        transition(session, "complete");
        job.run();
        Smtp.awaitSentTo(emailD, 1, m -> m.subject().startsWith("Quelques mois après"));
        Smtp.pause(Duration.ofSeconds(3));
        assertEquals(List.of("mail/training-hot-survey"), templates(emailC), "C refused survey invitations");
        assertEquals(List.of("mail/training-cold-survey", "mail/training-hot-survey"), templates(emailD));
        as(admin(org)).get(TRAINING + "/enrolments/{e}/communications", org, seatC).then().statusCode(200)
                .body("items.kind", contains("HOT_SURVEY"));
        as(admin(org)).get(TRAINING + "/enrolments/{e}/communications", org, seatD).then().statusCode(200)
                .body("items.kind", containsInAnyOrder("HOT_SURVEY", "COLD_SURVEY"));
        assertFalse(Smtp.sentTo(emailD).stream().anyMatch(m -> m.subject().startsWith("Convocation")));
        // Three invitations this year (hot to C and D, cold to D), one answered.
        as(admin(org)).queryParam("year", LocalDate.now(PARIS).getYear())
                .get("/api/v1/orgs/{org}/indicators/{key}", org, "training.survey_response_rate").then().statusCode(200)
                .body("value", equalTo(33.3f), "unit", equalTo("PERCENT"), "provenance.recordCount", equalTo(3));

        // The certificate goes out when the enrolment is completed, with the certificat de réalisation when
        // attendance supports it.
        String slot = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract().path("slots[0].id");
        AttendanceAndCertificatesTest.marks(org, admin(org), session, slot,
                List.of(AttendanceAndCertificatesTest.mark(seatD, "PRESENT", null)));
        String version = as(admin(org)).get(TRAINING + "/enrolments/{e}", org, seatD).then().extract().header("ETag");
        as(admin(org)).header("If-Match", version).post(TRAINING + "/enrolments/{e}/complete", org, seatD).then()
                .statusCode(200);
        Smtp.Received certificate = Smtp.awaitSentTo(emailD, 1, m -> m.subject().contains("certificat")).get(0);
        Smtp.Attached pdf = certificate.attachments().get("certificat-de-realisation.pdf");
        assertTrue(pdf != null && pdf.content().startsWith("%PDF"), certificate.attachments().keySet().toString());
    }

    @Test
    void a_mail_template_that_would_not_render_is_refused_and_only_admins_word_them() {
        String path = "/api/v1/orgs/{org}/mail-templates/training-convocation/fr";
        as(admin(org)).body(Map.of("source", "{#fragment id=subject rendered=false}{course{/fragment}")).put(path, org)
                .then().statusCode(422).contentType("application/problem+json");
        as(admin(org)).body(Map.of("source", "{#fragment id=subject rendered=false}x{/fragment}")).put(path, org)
                .then().statusCode(422);
        as(admin(org)).body(Map.of("source", "{#fragment id=subject rendered=false}{config:quarkus.datasource.password}"
                + "{/fragment}{#fragment id=body rendered=false}{salary}{/fragment}")).put(path, org).then().statusCode(422);
        as(admin(org)).body(Map.of("source", "{#fragment id=subject rendered=false}x{/fragment}")).put(
                "/api/v1/orgs/{org}/mail-templates/no-such-template/fr", org).then().statusCode(404);
        String agent = Fixtures.person(org, admin(org), user("agent", org), List.of("agent"), null);
        assertTrue(agent != null);
        as(user("agent", org)).get(path, org).then().statusCode(403);
        as(admin(org)).get(path, org).then().statusCode(200).body("updatedAt", equalTo(null));
        as(admin(org)).body(Map.of("source", "{#fragment id=subject rendered=false}Convocation {course}{/fragment}"
                + "{#fragment id=body rendered=false}{learner} : {slots}{/fragment}")).put(path, org).then().statusCode(200);
        as(admin(org)).get("/api/v1/orgs/{org}/mail-templates", org).then().statusCode(200)
                .body("items.template", contains("training-convocation"));
        as(admin(org)).delete(path, org).then().statusCode(204);
        as(admin(org)).get("/api/v1/orgs/{org}/mail-templates", org).then().statusCode(200).body("items", hasSize(0));
    }

    private void transition(String session, String action) {
        String version = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract().header("ETag");
        as(admin(org)).header("If-Match", version).post(TRAINING + "/sessions/{s}/" + action, org, session).then()
                .statusCode(200);
    }

    /** The templates of the e-mails queued for {@code to}, in order. */
    private List<String> templates(String to) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select template from mail_outbox where recipient = ?1 order by template", String.class)
                .setParameter(1, to).getResultList());
    }

    private static String token(String text) {
        Matcher m = LINK.matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }
}
