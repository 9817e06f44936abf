package org.passerelle.api.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The convention de formation simplifiée of a member structure for a session: its figures read back from the PDF,
 * its acceptance by the structure's contact with an audit trail (who, when, from where, the SHA-256 of the exact
 * PDF accepted, which reads back byte for byte), and who may do what with it.
 */
@QuarkusTest
class TrainingAgreementTest {

    static final String TRAINING = "/api/v1/orgs/{org}/training";
    static final String AGREEMENT = TRAINING + "/members/{m}/sessions/{s}/agreement";

    String org;
    String soustons;
    String capbreton;
    String course;
    String session;

    @BeforeEach
    void two_agents_of_a_structure_seated_in_a_session() {
        org = Fixtures.organisation("agreement");
        soustons = Fixtures.member(org, "Mairie de Soustons");
        capbreton = Fixtures.member(org, "Mairie de Capbreton");
        EmployerViewTest.contact(org, "contact", soustons, true);
        EmployerViewTest.contact(org, "clerk", soustons, false);
        EmployerViewTest.contact(org, "contact-capbreton", capbreton, true);
        course = CoursesTest.create(org, CoursesTest.course("BUR-LIBRE", "Découvrir une suite bureautique libre"));
        session = AttendanceAndCertificatesTest.session(org, course, List.of(), List.of(
                SessionsTest.slot("2027-03-04", "MORNING", "09:00", "12:30"),
                SessionsTest.slot("2027-03-05", "AFTERNOON", "13:30", "17:00")));
        EmployerViewTest.enrol(org, session, agent("a", soustons), soustons);
        // One agent at the course's price (490.50), one at a negotiated price.
        as(admin(org)).body(Map.of("learnerId", agent("b", soustons), "memberId", soustons, "traineeType", "OTHER",
                "fundingSource", "PUBLIC_AUTHORITY", "priceEur", 400)).post(TRAINING + "/sessions/{s}/enrolments",
                org, session).then().statusCode(201);
        EmployerViewTest.enrol(org, session, agent("c", capbreton), capbreton);
    }

    private String agent(String name, String memberId) {
        return Fixtures.person(org, admin(org), user("agent-" + name, org), List.of("learner"), memberId);
    }

    @Test
    void the_agreement_states_the_parties_course_dates_hours_and_price_of_the_structure_s_agents() throws IOException {
        as(user("contact", org)).get(AGREEMENT, org, soustons, session).then().statusCode(200)
                .body("memberName", equalTo("Mairie de Soustons"), "trainees", hasSize(2),
                        "hours", equalTo(14.0f), "priceExclTax", equalTo(890.5f), "vatRate", equalTo(null),
                        "priceInclTax", equalTo(890.5f), "fundingSources", contains("PUBLIC_AUTHORITY"),
                        "version", matchesPattern("[0-9a-f]{16}"), "accepted", equalTo(false));
        String text = pdfText(as(user("contact", org)).accept("application/pdf").get(AGREEMENT, org, soustons, session)
                .then().statusCode(200).extract().asByteArray());
        for (String expected : List.of("Convention de formation professionnelle simplifiée", "Mairie de Soustons",
                "L6353-1", "« Découvrir une suite bureautique libre »", "BUR-LIBRE", "du 4 mars 2027 au 5 mars 2027",
                "14 heures par stagiaire", "Nombre de stagiaires : 2", "Person " + user("agent-a", org),
                "890,50 €", "exonérée (article 261-4-4° a du CGI)", "pour la formation de leurs agents")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertTrue(!text.contains(user("agent-c", org)), "another structure's agent is not in its agreement");
        String english = pdfText(as(user("contact", org)).accept("application/pdf").queryParam("lang", "en")
                .get(AGREEMENT, org, soustons, session).then().statusCode(200).extract().asByteArray());
        assertTrue(english.contains("Simplified vocational training agreement") && english.contains("890.50 EUR"),
                english);

        // With a VAT rate, the price including VAT follows.
        vatRate(20);
        as(admin(org)).get(AGREEMENT, org, soustons, session).then().statusCode(200)
                .body("vatRate", equalTo(20.0f), "vat", equalTo(178.1f), "priceInclTax", equalTo(1068.6f));
        assertTrue(pdfText(as(admin(org)).accept("application/pdf").get(AGREEMENT, org, soustons, session).then()
                .extract().asByteArray()).contains("20 % : 178,10 €"));
    }

    @Test
    void the_contact_accepts_a_version_once_and_the_trail_keeps_the_exact_pdf() throws Exception {
        String webhook = as(admin(org)).body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes",
                List.of("agreement.accepted"))).post("/api/v1/orgs/{org}/webhooks", org).then().statusCode(201)
                .extract().path("webhook.id");
        String version = as(user("contact", org)).get(AGREEMENT, org, soustons, session).path("version");
        as(user("contact", org)).body(Map.of("version", "0000000000000000"))
                .post(AGREEMENT + "/acceptances", org, soustons, session).then().statusCode(409);
        // Staff read the agreement but do not accept it for the structure; neither does a plain requester.
        as(admin(org)).body(Map.of("version", version)).post(AGREEMENT + "/acceptances", org, soustons, session)
                .then().statusCode(403);
        as(user("clerk", org)).body(Map.of("version", version)).post(AGREEMENT + "/acceptances", org, soustons,
                session).then().statusCode(403);
        as(user("contact-capbreton", org)).body(Map.of("version", version)).post(AGREEMENT + "/acceptances", org,
                soustons, session).then().statusCode(404);

        Response accepted = as(user("contact", org)).header("User-Agent", "Firefox/128.0 (test)")
                .body(Map.of("version", version)).post(AGREEMENT + "/acceptances", org, soustons, session);
        accepted.then().statusCode(201).body("agreementVersion", equalTo(version), "acceptedByName",
                equalTo("Contact contact"), "userAgent", equalTo("Firefox/128.0 (test)"), "lang", equalTo("fr"),
                "ipAddress", not(equalTo(null)), "pdfSha256", matchesPattern("[0-9a-f]{64}"));
        String sha = accepted.path("pdfSha256");
        as(user("contact", org)).body(Map.of("version", version)).post(AGREEMENT + "/acceptances", org, soustons,
                session).then().statusCode(409);

        // The accepted copy reads back byte for byte, whoever of staff or the contact fetches it.
        byte[] pdf = as(admin(org)).accept("application/pdf").get(accepted.header("Location")).then().statusCode(200)
                .extract().asByteArray();
        assertEquals(sha, sha256(pdf));
        assertArrayEquals(pdf, as(user("contact", org)).accept("application/pdf").get(accepted.header("Location"))
                .then().statusCode(200).extract().asByteArray());
        assertTrue(pdfText(pdf).contains("Version de la convention : " + version));
        as(user("contact-capbreton", org)).accept("application/pdf").get(accepted.header("Location")).then()
                .statusCode(404);
        as(admin(org)).get(AGREEMENT + "/acceptances", org, soustons, session).then().statusCode(200)
                .body("items.pdfSha256", contains(sha));
        as(user("clerk", org)).get(AGREEMENT + "/acceptances", org, soustons, session).then().statusCode(403);
        as(user("contact", org)).get(AGREEMENT, org, soustons, session).then().body("accepted", equalTo(true));

        // A third agent changes the agreement: a new version to accept, the first one's trail kept.
        EmployerViewTest.enrol(org, session, agent("d", soustons), soustons);
        String next = as(user("contact", org)).get(AGREEMENT, org, soustons, session).then()
                .body("accepted", equalTo(false), "trainees", hasSize(3)).extract().path("version");
        assertNotEquals(version, next);
        as(user("contact", org)).queryParam("lang", "en").body(Map.of("version", next))
                .post(AGREEMENT + "/acceptances", org, soustons, session).then().statusCode(201)
                .body("lang", equalTo("en"));
        as(user("contact", org)).get(AGREEMENT + "/acceptances", org, soustons, session).then()
                .body("items.agreementVersion", contains(version, next));
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}/deliveries", org, webhook).then().statusCode(200)
                .body("items.findAll { it.eventType == 'agreement.accepted' }.size()", equalTo(2));
        as(admin(org)).queryParam("year", Year.now().getValue()).get("/api/v1/orgs/{org}/indicators/{key}", org,
                "training.agreements.accepted").then().statusCode(200).body("value", equalTo(1),
                "provenance.recordCount", equalTo(2));
    }

    @Test
    void a_structure_without_an_agent_seated_has_no_agreement_for_the_session() {
        String other = as(admin(org)).body(Map.of("courseId", course, "capacity", 5, "slots",
                List.of(SessionsTest.slot("2027-06-07", "MORNING", "09:00", "12:00"))))
                .post(TRAINING + "/sessions", org).then().statusCode(201).extract().path("id");
        as(user("contact", org)).get(AGREEMENT, org, soustons, other).then().statusCode(404);
        as(user("contact", org)).get(AGREEMENT, org, soustons, UUID.randomUUID()).then().statusCode(404);
        as(user("contact", org)).get(AGREEMENT, org, capbreton, session).then().statusCode(404);
        as(user("clerk", org)).get(AGREEMENT, org, soustons, session).then().statusCode(403);
    }

    private void vatRate(int rate) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO training_terms (org_id, vat_rate)"
                + " SELECT id, ?1 FROM organisations WHERE slug = ?2").setParameter(1, rate).setParameter(2, org)
                .executeUpdate());
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
