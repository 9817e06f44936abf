package org.passerelle.api.inclusion;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.inclusion.Equipment.INCLUSION;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Mon ordi Pin40 over HTTP with real tokens: a reconditioned laptop lent to a beneficiary referred by a commune's
 * CCAS, for a training path of two enrolments; granted once the path is completed, or back to stock when it is
 * given up. The CCAS's contact follows its own beneficiaries only; the figures count per commune.
 */
@QuarkusTest
class EquipmentLoansTest {

    String org;
    Equipment pin40;
    String capbreton;
    String soustons;
    String lot;

    @BeforeEach
    void programme() {
        org = Fixtures.organisation("pin40");
        pin40 = new Equipment(org);
        capbreton = Fixtures.member(org, "Mairie de Capbreton");
        soustons = Fixtures.member(org, "Mairie de Soustons");
        contact("ccas-capbreton", capbreton);
        contact("ccas-soustons", soustons);
        Fixtures.person(org, admin(org), user("agent", org), List.of("agent"), null);
        Fixtures.person(org, admin(org), user("committee", org), List.of("committee"), null);
        Fixtures.person(org, admin(org), user("secretariat", org), List.of("requester"), capbreton);
        lot = pin40.lot(20);
    }

    @Test
    void a_laptop_becomes_the_beneficiarys_once_the_training_path_is_completed() {
        String item = pin40.item(lot, "PF3K8Z21");
        String first = pin40.session("PIN-1", "Premiers pas sur l'ordinateur", 7);
        String second = pin40.session("PIN-2", "Démarches administratives en ligne", 7);
        String martine = pin40.learner("martine");
        String e1 = pin40.enrol(first, martine);
        String e2 = pin40.enrol(second, martine);
        // The CCAS refers her: the beneficiary is its structure's, whatever it sends; no charter signed yet.
        Map<String, Object> referral = new HashMap<>(Map.of("name", "Martine Lafitte", "commune", "Capbreton",
                "eligibility", "MINIMA_SOCIAUX"));
        String beneficiary = as(user("ccas-capbreton", org)).body(referral).post(INCLUSION + "/beneficiaries", org)
                .then().statusCode(201).body("memberId", equalTo(capbreton)).extract().path("id");
        as(admin(org)).body(Map.of("itemId", item, "beneficiaryId", beneficiary, "enrolmentIds", List.of(e1, e2)))
                .post(INCLUSION + "/loans", org).then().statusCode(422)
                .body("detail", containsString("charte"));
        referral.put("charterSignedOn", "2025-02-03");
        referral.put("memberId", capbreton);
        as(user("agent", org)).header("If-Match", "\"0\"").body(referral)
                .put(INCLUSION + "/beneficiaries/{b}", org, beneficiary).then().statusCode(200)
                .body("charterSignedOn", equalTo("2025-02-03"));
        // An enrolment of another organisation or none at all is no path.
        as(admin(org)).body(Map.of("itemId", item, "beneficiaryId", beneficiary, "enrolmentIds",
                List.of(e1, Fixtures.unknownId()))).post(INCLUSION + "/loans", org).then().statusCode(422)
                .body("errors[0].field", equalTo("enrolmentIds"));

        String loan = pin40.lend(item, beneficiary, List.of(e1, e2), "2025-02-10");
        as(admin(org)).get(INCLUSION + "/items/{i}", org, item).then().statusCode(200).body("state", equalTo("LENT"));
        as(admin(org)).get(INCLUSION + "/beneficiaries/{b}", org, beneficiary).then().body("personId", equalTo(martine));
        // The device is out: it cannot be lent twice, nor written off.
        String other = pin40.beneficiary("Jean Dupouy", "Capbreton", capbreton);
        as(admin(org)).body(Map.of("itemId", item, "beneficiaryId", other, "enrolmentIds", List.of(e1)))
                .post(INCLUSION + "/loans", org).then().statusCode(409);
        String lent = as(admin(org)).get(INCLUSION + "/items/{i}", org, item).then().extract().header("ETag");
        as(admin(org)).header("If-Match", lent).post(INCLUSION + "/items/{i}/write-off", org, item).then()
                .statusCode(409);

        // Half the path: not completed yet, and the answer says what is missing.
        pin40.complete(e1, 390);
        as(admin(org)).get(INCLUSION + "/loans/{l}", org, loan).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("path.stepsCompleted", equalTo(1))
                .body("path.hoursAttended", equalTo(6.5f))
                .body("path.plannedHours", equalTo(14.0f))
                .body("path.steps.courseTitle", contains("Premiers pas sur l'ordinateur",
                        "Démarches administratives en ligne"));
        pin40.step(loan, "complete", "2025-05-20").statusCode(409)
                .body("detail", containsString("Démarches administratives en ligne"));
        pin40.step(loan, "transfer", "2025-05-20").statusCode(409);

        pin40.complete(e2, 420);
        pin40.step(loan, "complete", "2025-05-20").statusCode(200).body("status", equalTo("COMPLETED"))
                .body("pathEndedOn", equalTo("2025-05-20")).body("path.completed", equalTo(true));
        pin40.step(loan, "transfer", "2025-05-27").statusCode(200).body("status", equalTo("TRANSFERRED"))
                .body("settledOn", equalTo("2025-05-27"));
        as(admin(org)).get(INCLUSION + "/items/{i}", org, item).then().body("state", equalTo("TRANSFERRED"));
        as(admin(org)).get(INCLUSION + "/lots/{l}", org, lot).then().statusCode(200)
                .body("stock.recorded", equalTo(1)).body("stock.transferred", equalTo(1));
        // A settled loan moves no more.
        pin40.step(loan, "abandon", "2025-05-28").statusCode(409);
    }

    @Test
    void a_path_given_up_brings_the_laptop_back_to_stock_for_someone_else() {
        String item = pin40.item(lot, "PF3K8Z22");
        String session = pin40.session("PIN-3", "Premiers pas sur l'ordinateur", 7);
        String paul = pin40.learner("paul");
        String anne = pin40.learner("anne");
        String beneficiary = pin40.beneficiary("Paul Lesbats", "Soustons", soustons);
        String loan = pin40.lend(item, beneficiary, List.of(pin40.enrol(session, paul)), "2025-03-01");
        // A step cannot be dated before the loan started.
        pin40.step(loan, "abandon", "2025-02-01").statusCode(422);
        pin40.step(loan, "return", "2025-04-02").statusCode(409);
        pin40.step(loan, "abandon", "2025-04-01").statusCode(200).body("status", equalTo("ABANDONED"));
        pin40.step(loan, "transfer", "2025-04-02").statusCode(409);
        pin40.step(loan, "return", "2025-04-02").statusCode(200).body("status", equalTo("RETURNED"));
        as(admin(org)).get(INCLUSION + "/items/{i}", org, item).then().body("state", equalTo("RETURNED"));

        // Back in stock: lent again, to another beneficiary for her own path only.
        String anneBeneficiary = pin40.beneficiary("Anne Dubroca", "Soustons", soustons);
        as(admin(org)).body(Map.of("itemId", item, "beneficiaryId", anneBeneficiary, "enrolmentIds",
                List.of(pin40.enrol(session, anne), pin40.enrol(pin40.session("PIN-4", "Courriel", 3), paul))))
                .post(INCLUSION + "/loans", org).then().statusCode(422).body("errors[0].field", equalTo("enrolmentIds"));
        pin40.lend(item, anneBeneficiary, List.of(pin40.enrol(pin40.session("PIN-5", "Courriel", 3), anne)),
                "2025-04-10");
        as(admin(org)).get(INCLUSION + "/loans?beneficiaryId={b}", org, beneficiary).then().statusCode(200)
                .body("items.status", contains("RETURNED"));

        // A device that comes back broken is written off.
        String broken = pin40.item(lot, "PF3K8Z23");
        String version = as(admin(org)).get(INCLUSION + "/items/{i}", org, broken).then().extract().header("ETag");
        as(admin(org)).header("If-Match", version).post(INCLUSION + "/items/{i}/write-off", org, broken).then()
                .statusCode(200).body("state", equalTo("WRITTEN_OFF"));
        as(admin(org)).get(INCLUSION + "/items?state=WRITTEN_OFF", org).then().body("items.serialNumber",
                contains("PF3K8Z23"));
    }

    @Test
    void a_lot_holds_no_more_devices_than_its_quantity_and_each_serial_number_once() {
        String small = pin40.lot(2);
        pin40.item(small, "A-1");
        as(admin(org)).body(Map.of("serialNumber", "A-1")).post(INCLUSION + "/lots/{l}/items", org, small).then()
                .statusCode(409);
        pin40.item(small, "A-2");
        as(admin(org)).body(Map.of("serialNumber", "A-3")).post(INCLUSION + "/lots/{l}/items", org, small).then()
                .statusCode(422);
        as(admin(org)).body(Map.of("label", "", "quantity", 0)).post(INCLUSION + "/lots", org).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void a_structure_follows_only_the_beneficiaries_it_referred_and_nobody_else_sees_any() {
        String session = pin40.session("PIN-6", "Premiers pas sur l'ordinateur", 7);
        String ours = pin40.beneficiary("Martine Lafitte", "Capbreton", capbreton);
        String theirs = pin40.beneficiary("Paul Lesbats", "Soustons", soustons);
        String ourLoan = pin40.lend(pin40.item(lot, "S-1"), ours, List.of(pin40.enrol(session, pin40.learner("m"))),
                "2025-02-10");
        String theirLoan = pin40.lend(pin40.item(lot, "S-2"), theirs, List.of(pin40.enrol(session, pin40.learner("p"))),
                "2025-02-10");
        String ccas = user("ccas-capbreton", org);
        as(ccas).get(INCLUSION + "/beneficiaries?memberId={m}", org, soustons).then().statusCode(200)
                .body("items.name", contains("Martine Lafitte"));
        as(ccas).get(INCLUSION + "/loans", org).then().statusCode(200).body("items.id", contains(ourLoan));
        as(ccas).get(INCLUSION + "/beneficiaries/{b}", org, ours).then().statusCode(200);
        as(ccas).get(INCLUSION + "/loans/{l}", org, ourLoan).then().statusCode(200);
        as(ccas).get(INCLUSION + "/beneficiaries/{b}", org, theirs).then().statusCode(404);
        as(ccas).get(INCLUSION + "/loans/{l}", org, theirLoan).then().statusCode(404);
        as(ccas).accept("application/pdf").get(INCLUSION + "/loans/{l}/follow-up-sheet", org, theirLoan).then()
                .statusCode(404);
        // It refers for its own structure only, and decides nothing.
        as(ccas).body(Map.of("name", "X", "commune", "Soustons", "eligibility", "OTHER", "memberId", soustons))
                .post(INCLUSION + "/beneficiaries", org).then().statusCode(403);
        as(ccas).header("If-Match", "\"0\"").body(Map.of("name", "X", "commune", "Capbreton", "eligibility", "OTHER"))
                .put(INCLUSION + "/beneficiaries/{b}", org, ours).then().statusCode(403);
        as(ccas).header("If-Match", "\"0\"").post(INCLUSION + "/loans/{l}/abandon", org, ourLoan).then().statusCode(403);
        as(ccas).get(INCLUSION + "/lots", org).then().statusCode(403);
        as(ccas).get(INCLUSION + "/equipment-figures/2025", org).then().statusCode(403);
        // A requester who is not its structure's contact, a learner: nothing.
        as(user("secretariat", org)).get(INCLUSION + "/beneficiaries", org).then().statusCode(403);
        as(user("secretariat", org)).get(INCLUSION + "/loans/{l}", org, ourLoan).then().statusCode(404);
        as(user("m", org)).get(INCLUSION + "/loans", org).then().statusCode(403);
        // The agent sees everything; another organisation's admin, nothing.
        as(user("agent", org)).get(INCLUSION + "/beneficiaries", org).then().statusCode(200)
                .body("items.name", containsInAnyOrder("Martine Lafitte", "Paul Lesbats"));
        String elsewhere = Fixtures.organisation("elsewhere");
        as(admin(elsewhere)).get(INCLUSION + "/beneficiaries/{b}", org, ours).then().statusCode(404);
        as(admin(elsewhere)).get("/api/v1/orgs/{org}/inclusion/loans/{l}", elsewhere, ourLoan).then().statusCode(404);
        as(admin(elsewhere)).get("/api/v1/orgs/{org}/inclusion/beneficiaries", elsewhere).then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void the_follow_up_sheet_states_the_beneficiary_the_device_and_the_path_in_french_or_english() throws IOException {
        String session = pin40.session("PIN-7", "Premiers pas sur l'ordinateur", 7);
        String martine = pin40.learner("martine");
        String enrolment = pin40.enrol(session, martine);
        String loan = pin40.lend(pin40.item(lot, "PF3K8Z30"), pin40.beneficiary("Martine Lafitte", "Capbreton",
                capbreton), List.of(enrolment), "2025-02-10");
        pin40.complete(enrolment, 390);
        String french = text(as(user("ccas-capbreton", org)).accept("application/pdf")
                .get(INCLUSION + "/loans/{l}/follow-up-sheet", org, loan).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
        for (String expected : List.of("Fiche de suivi du bénéficiaire", "Martine Lafitte", "Mairie de Capbreton",
                "Bénéficiaire des minima sociaux", "Signée le 15 janvier 2025", "PF3K8Z30", "Remis le",
                "Premiers pas sur l'ordinateur", "Achevée", "6,5 heures", "1 formation(s) achevée(s) sur 1",
                "Prêt en cours")) {
            assertTrue(french.contains(expected), expected + " in " + french);
        }
        String english = text(as(admin(org)).accept("application/pdf").queryParam("lang", "en")
                .get(INCLUSION + "/loans/{l}/follow-up-sheet", org, loan).then().statusCode(200).extract().asByteArray());
        assertTrue(english.contains("Beneficiary follow-up sheet") && english.contains("6.5 hours"), english);
    }

    @Test
    void the_figures_count_grants_completions_and_the_completion_rate_per_commune() {
        String session = pin40.session("PIN-8", "Premiers pas sur l'ordinateur", 7);
        // Capbreton: two paths completed and granted, one given up; Soustons: one completed (not yet granted),
        // one still running; one 2024 loan outside the year.
        for (int i = 1; i <= 2; i++) {
            String loan = loan("cap-" + i, "Capbreton", capbreton, session, "2025-02-10", true);
            pin40.step(loan, "complete", "2025-05-20").statusCode(200);
            pin40.step(loan, "transfer", "2025-05-27").statusCode(200);
        }
        String givenUp = loan("cap-3", "Capbreton", capbreton, session, "2025-02-10", false);
        pin40.step(givenUp, "abandon", "2025-03-15").statusCode(200);
        pin40.step(givenUp, "return", "2025-03-20").statusCode(200);
        pin40.step(loan("sou-1", "Soustons", soustons, session, "2025-09-01", true), "complete", "2025-11-30")
                .statusCode(200);
        loan("sou-2", "Soustons", soustons, session, "2025-10-01", false);
        String old = loan("old-1", "Soustons", null, session, "2024-06-01", true);
        pin40.step(old, "complete", "2024-12-15").statusCode(200);

        as(user("committee", org)).get(INCLUSION + "/equipment-figures/2025", org).then().statusCode(200)
                .body("total.itemsLent", equalTo(5)).body("total.itemsGranted", equalTo(2))
                .body("total.pathsCompleted", equalTo(3)).body("total.pathsAbandoned", equalTo(1))
                .body("total.completionRate", equalTo(75.0f))
                .body("territories.commune", contains("Capbreton", "Soustons"))
                .body("territories[0].counts.completionRate", equalTo(66.7f))
                .body("territories[1].counts.itemsLent", equalTo(2))
                .body("territories[1].counts.completionRate", equalTo(100.0f));
        as(admin(org)).get(INCLUSION + "/equipment-figures/2024", org).then()
                .body("total.itemsLent", equalTo(1)).body("total.pathsCompleted", equalTo(1))
                .body("total.itemsGranted", equalTo(0));
        // The same figures as indicator sources for the mission report, per territory too.
        as(admin(org)).get("/api/v1/orgs/{org}/indicators/inclusion.paths.completion-rate?year=2025", org).then()
                .statusCode(200).body("value", equalTo(75.0f)).body("provenance.recordCount", equalTo(4));
        as(admin(org)).get("/api/v1/orgs/{org}/indicators/inclusion.items.granted?year=2025&commune=Capbreton", org)
                .then().statusCode(200).body("value", equalTo(2));
        as(admin(org)).get("/api/v1/orgs/{org}/indicators/inclusion.paths.completed?year=2025&commune=Soustons", org)
                .then().statusCode(200).body("value", equalTo(1));
        as(admin(org)).get("/api/v1/orgs/{org}/indicators", org).then()
                .body("items.key", hasItems("inclusion.items.granted", "inclusion.paths.completed",
                        "inclusion.paths.completion-rate"));
        as(admin(org)).get("/api/v1/orgs/{org}/indicators/inclusion.paths.completion-rate?year=2023", org).then()
                .statusCode(200).body("value", nullValue());
    }

    @Test
    void every_step_of_a_loan_is_a_webhook_event() {
        String hook = as(admin(org)).body(Map.of("url", "http://localhost:9/pin40", "eventTypes",
                List.of("loan.started", "loan.abandoned", "loan.returned"))).post("/api/v1/orgs/{org}/webhooks", org)
                .then().statusCode(201).extract().path("webhook.id");
        String session = pin40.session("PIN-9", "Premiers pas sur l'ordinateur", 7);
        String loan = loan("hook", "Capbreton", capbreton, session, "2025-02-10", false);
        pin40.step(loan, "abandon", "2025-03-01").statusCode(200);
        pin40.step(loan, "return", "2025-03-02").statusCode(200);
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{w}/deliveries", org, hook).then().statusCode(200)
                .body("items.eventType", containsInAnyOrder("loan.started", "loan.abandoned", "loan.returned"));
    }

    /** A loan to a new beneficiary of the commune for an enrolment in the session, completed or not. */
    private String loan(String name, String commune, String memberId, String session, String lentOn, boolean completed) {
        String enrolment = pin40.enrol(session, pin40.learner(name));
        if (completed) {
            pin40.complete(enrolment, 420);
        }
        return pin40.lend(pin40.item(lot, "SN-" + name), pin40.beneficiary("Bénéficiaire " + name, commune, memberId),
                List.of(enrolment), lentOn);
    }

    private void contact(String name, String memberId) {
        as(admin(org)).body(Map.of("email", user(name, org), "name", "CCAS " + name, "roles", List.of("requester"),
                "memberId", memberId, "memberContact", true)).post("/api/v1/orgs/{org}/people", org).then()
                .statusCode(201);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
