package org.passerelle.api.inclusion;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.training.CoursesTest;
import org.passerelle.api.training.SessionsTest;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A member structure's contact runs a competence diagnostic of its agents, imports their Pix levels, and turns
 * the courses proposed for their weakest competences into training enrolments; another structure's contact and
 * another organisation see none of it.
 */
@QuarkusTest
class DiagnosticCampaignsTest {

    static final String BASE = "/api/v1/orgs/{org}/inclusion/diagnostic";
    static final String CAMPAIGNS = BASE + "/campaigns";

    String org;
    String linxe;
    String soustons;
    String contact;
    String otherContact;
    String anne;
    String bruno;
    String chloe;

    @BeforeEach
    void structures() {
        org = Fixtures.organisation("diag");
        linxe = Fixtures.member(org, "Mairie de Linxe");
        soustons = Fixtures.member(org, "Mairie de Soustons");
        contact = user("contact", org);
        otherContact = user("contact2", org);
        person(contact, List.of("requester"), linxe, true);
        person(otherContact, List.of("requester"), soustons, true);
        anne = person(user("anne", org), List.of("learner"), linxe, false);
        bruno = person(user("bruno", org), List.of("learner"), linxe, false);
        chloe = person(user("chloe", org), List.of("learner"), linxe, false);
    }

    String person(String email, List<String> roles, String memberId, boolean memberContact) {
        return as(admin(org)).body(Map.of("email", email, "name", "Agent " + email, "roles", roles, "memberId", memberId,
                "memberContact", memberContact)).post("/api/v1/orgs/{org}/people", org).then().statusCode(201)
                .extract().path("id");
    }

    String campaign(String by) {
        return as(by).body(Map.of("title", "Diagnostic des agents")).post(CAMPAIGNS, org).then().statusCode(201)
                .extract().path("id");
    }

    void join(String campaign, String... people) {
        for (String p : people) {
            as(contact).body(Map.of("personId", p)).post(CAMPAIGNS + "/{id}/participants", org, campaign).then()
                    .statusCode(201);
        }
    }

    @Test
    void a_contact_opens_its_structures_campaign_which_another_structure_and_organisation_never_see() {
        String id = as(contact).body(Map.of("title", "Diagnostic des agents 2026")).post(CAMPAIGNS, org).then()
                .statusCode(201).header("ETag", "\"0\"").header("Location", containsString("/inclusion/diagnostic/campaigns/"))
                .body("memberId", equalTo(linxe), "memberName", equalTo("Mairie de Linxe"), "closed", equalTo(false),
                        "participants", equalTo(0))
                .extract().path("id");
        String theirs = campaign(otherContact);

        as(contact).get(CAMPAIGNS, org).then().statusCode(200).body("items.id", contains(id));
        as(admin(org)).get(CAMPAIGNS, org).then().statusCode(200).body("items.id", containsInAnyOrder(id, theirs));
        as(otherContact).get(CAMPAIGNS + "/{id}", org, id).then().statusCode(404);
        as(otherContact).get(CAMPAIGNS + "/{id}/participants", org, id).then().statusCode(404);
        as(user("anne", org)).get(CAMPAIGNS, org).then().statusCode(403);
        as(user("anne", org)).get(CAMPAIGNS + "/{id}", org, id).then().statusCode(404);
        as(contact).body(Map.of("memberId", soustons, "title", "Pour les voisins")).post(CAMPAIGNS, org).then()
                .statusCode(403);

        String elsewhere = Fixtures.organisation("diag-other");
        as(admin(elsewhere)).get(CAMPAIGNS + "/{id}", elsewhere, id).then().statusCode(404);
        as(admin(elsewhere)).get(CAMPAIGNS + "/{id}", org, id).then().statusCode(404);
        as(admin(elsewhere)).get(CAMPAIGNS, elsewhere).then().statusCode(200).body("items", empty());

        join(id, anne);
        as(contact).body(Map.of("personId", anne)).post(CAMPAIGNS + "/{id}/participants", org, id).then().statusCode(409);
        String soustonsAgent = person(user("denis", org), List.of("learner"), soustons, false);
        as(contact).body(Map.of("personId", soustonsAgent)).post(CAMPAIGNS + "/{id}/participants", org, id).then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("personId"));

        as(contact).post(CAMPAIGNS + "/{id}/close", org, id).then().statusCode(428);
        as(contact).header("If-Match", "\"0\"").post(CAMPAIGNS + "/{id}/close", org, id).then().statusCode(200)
                .body("closed", equalTo(true), "closedAt", notNullValue(), "participants", equalTo(1));
        as(contact).body(Map.of("personId", bruno)).post(CAMPAIGNS + "/{id}/participants", org, id).then()
                .statusCode(409);
        as(contact).contentType("text/csv").body("email,competence,level\n" + user("anne", org) + ",4.1,2\n")
                .post(CAMPAIGNS + "/{id}/results/import", org, id).then().statusCode(409);
    }

    @Test
    void results_are_imported_from_csv_and_a_malformed_line_is_refused_naming_it_with_nothing_stored() {
        String id = campaign(contact);
        join(id, anne, bruno);
        String anneMail = user("anne", org);
        String brunoMail = user("bruno", org);

        String bad = "email;competence;level\n" + anneMail + ";4.1;1\n" + brunoMail + ";4.1;9\n";
        as(contact).contentType("text/csv").body(bad).post(CAMPAIGNS + "/{id}/results/import", org, id).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("line 3, level"), "detail", containsString("3"));
        as(contact).contentType("text/csv").body("email,competence,level\n" + anneMail + ",6.1,1\n")
                .post(CAMPAIGNS + "/{id}/results/import", org, id).then().statusCode(422)
                .body("errors[0].field", equalTo("line 2, competence"));
        as(contact).contentType("text/csv").body("email,competence,level\n" + anneMail + ",1.1,2\nnobody@linxe.fr,1.1,2")
                .post(CAMPAIGNS + "/{id}/results/import", org, id).then().statusCode(422)
                .body("errors[0].field", equalTo("line 3, email"));
        as(contact).contentType("text/csv").body("email,level\n" + anneMail + ",1\n")
                .post(CAMPAIGNS + "/{id}/results/import", org, id).then().statusCode(422)
                .body("errors[0].field", equalTo("line 1, competence"));
        as(contact).get(CAMPAIGNS + "/{id}/participants", org, id).then().statusCode(200)
                .body("items[0].results", empty(), "items[1].results", empty());

        String good = "email;competence;level\n" + anneMail + ";4.1;1\n" + anneMail.toUpperCase() + ";1.1;3\n"
                + brunoMail + ";4.1;5";
        as(contact).contentType("text/csv").body(good).post(CAMPAIGNS + "/{id}/results/import", org, id).then()
                .statusCode(200).body("items.find { it.personId == '" + anne + "' }.results.competence",
                        contains("1.1", "4.1"),
                        "items.find { it.personId == '" + anne + "' }.results.level", contains(3, 1),
                        "items.find { it.personId == '" + bruno + "' }.results.level", contains(5));
        // A later level replaces the earlier one.
        as(contact).body(Map.of("results", List.of(Map.of("personId", anne, "competence", "4.1", "level", 2))))
                .post(CAMPAIGNS + "/{id}/results", org, id).then().statusCode(200)
                .body("items.find { it.personId == '" + anne + "' }.results.level", contains(3, 2));
        as(contact).body(Map.of("results", List.of(Map.of("personId", chloe, "competence", "4.1", "level", 2))))
                .post(CAMPAIGNS + "/{id}/results", org, id).then().statusCode(422)
                .body("errors[0].field", equalTo("results[0].personId"));
        as(otherContact).contentType("text/csv").body(good).post(CAMPAIGNS + "/{id}/results/import", org, id).then()
                .statusCode(404);
    }

    @Test
    void courses_are_proposed_for_the_weakest_competences_and_the_contact_turns_one_into_an_enrolment() {
        String trainer = Fixtures.person(org, admin(org), user("trainer", org), List.of("trainer"), null);
        String security = course("SECU-01", "Sécuriser son poste");
        String search = course("VEILLE-01", "Recherche et veille");
        String collaboration = course("COLLAB-01", "Travailler à plusieurs");
        String session = openSession(security, trainer);
        String otherSession = openSession(collaboration, trainer);
        map(security, "4.1");
        map(search, "1.1");
        map(collaboration, "2.1");
        as(contact).body(Map.of("courseId", security, "competences", List.of("4.1"))).post(BASE + "/course-competences", org)
                .then().statusCode(403);
        as(admin(org)).body(Map.of("courseId", Fixtures.unknownId(), "competences", List.of("4.1")))
                .post(BASE + "/course-competences", org).then().statusCode(422);
        as(contact).get(BASE + "/course-competences", org).then().statusCode(200)
                .body("items.courseId", containsInAnyOrder(security, search, collaboration));

        String id = campaign(contact);
        join(id, anne, bruno, chloe);
        // Anne: weak in 4.1 (1), 1.1 and 4.2 (2), strong in 2.1; Bruno is independent everywhere; Chloé not assessed.
        results(id, anne, "4.1", 1, "1.1", 2, "4.2", 2, "2.1", 6, "3.1", 2);
        results(id, bruno, "4.1", 4, "1.1", 3, "2.1", 5);

        var proposals = as(contact).post(CAMPAIGNS + "/{id}/proposals", org, id).then().statusCode(200)
                .body("items.personId", contains(anne, anne), "items.competence", contains("4.1", "1.1"),
                        "items.courseCode", contains("SECU-01", "VEILLE-01"), "items.level", contains(1, 2),
                        "items[0].openSessions.sessionId", contains(session), "items[1].openSessions", empty(),
                        "items.enrolmentId", contains(nullValue(), nullValue()))
                .extract().jsonPath();
        String proposal = proposals.getString("items[0].id");

        as(otherContact).header("If-Match", "\"0\"").body(Map.of("sessionId", session))
                .post(CAMPAIGNS + "/{id}/proposals/{p}/accept", org, id, proposal).then().statusCode(404);
        as(contact).header("If-Match", "\"0\"").body(Map.of("sessionId", otherSession))
                .post(CAMPAIGNS + "/{id}/proposals/{p}/accept", org, id, proposal).then().statusCode(422)
                .body("errors[0].field", equalTo("sessionId"));
        String enrolment = as(contact).header("If-Match", "\"0\"").body(Map.of("sessionId", session))
                .post(CAMPAIGNS + "/{id}/proposals/{p}/accept", org, id, proposal).then().statusCode(200)
                .header("ETag", "\"1\"").body("enrolmentId", notNullValue(), "acceptedAt", notNullValue())
                .extract().path("enrolmentId");
        as(admin(org)).get("/api/v1/orgs/{org}/training/enrolments/{id}", org, enrolment).then().statusCode(200)
                .body("learnerId", equalTo(anne), "memberId", equalTo(linxe), "sessionId", equalTo(session),
                        "status", equalTo("SELECTED"), "traineeType", equalTo("EMPLOYEE"),
                        "needsAnalysis", containsString("4.1"));
        as(contact).header("If-Match", "\"1\"").body(Map.of("sessionId", session))
                .post(CAMPAIGNS + "/{id}/proposals/{p}/accept", org, id, proposal).then().statusCode(409);

        // Computing anew keeps the accepted proposal, and Anne's new level drops 1.1 out of her weakest three.
        results(id, anne, "1.1", 5);
        as(contact).post(CAMPAIGNS + "/{id}/proposals", org, id).then().statusCode(200)
                .body("items.competence", contains("4.1"), "items[0].enrolmentId", equalTo(enrolment));

        as(contact).get(CAMPAIGNS + "/{id}/figures", org, id).then().statusCode(200)
                .body("participants", equalTo(3), "assessed", equalTo(2), "participationRate", equalTo(66.67f),
                        "areas.find { it.area == 'SAFETY' }.averageLevel", equalTo(2.33f),
                        "areas.find { it.area == 'SAFETY' }.results", equalTo(3),
                        "areas.find { it.area == 'INFORMATION' }.averageLevel", equalTo(4.0f),
                        "areas.find { it.area == 'DIGITAL_ENVIRONMENT' }.averageLevel", nullValue(),
                        "proposals", equalTo(1), "accepted", equalTo(1));
        as(otherContact).get(CAMPAIGNS + "/{id}/figures", org, id).then().statusCode(404);

        int year = Year.now().getValue();
        as(admin(org)).queryParam("year", year).get("/api/v1/orgs/{org}/indicators/inclusion.diagnostic_participation", org)
                .then().statusCode(200).body("value", equalTo(66.67f), "provenance.recordCount", equalTo(3));
        as(admin(org)).queryParam("year", year)
                .get("/api/v1/orgs/{org}/indicators/inclusion.diagnostic_proposals_accepted", org)
                .then().statusCode(200).body("value", equalTo(1));
    }

    @Test
    void partners_may_subscribe_to_the_diagnostic_events() {
        as(admin(org)).get("/api/v1/orgs/{org}/webhooks/event-types", org).then().statusCode(200)
                .body("items", hasItem("inclusion.diagnostic.campaign_closed"),
                        "items", hasItem("inclusion.diagnostic.proposal_accepted"), "items", not(empty()));
    }

    void results(String campaign, String person, Object... competenceLevels) {
        List<Map<String, Object>> results = new java.util.ArrayList<>();
        for (int i = 0; i < competenceLevels.length; i += 2) {
            results.add(Map.of("personId", person, "competence", competenceLevels[i], "level", competenceLevels[i + 1]));
        }
        as(contact).body(Map.of("results", results)).post(CAMPAIGNS + "/{id}/results", org, campaign).then()
                .statusCode(200);
    }

    String course(String code, String title) {
        return CoursesTest.create(org, CoursesTest.course(code, title));
    }

    void map(String course, String... competences) {
        as(admin(org)).body(Map.of("courseId", course, "competences", List.of(competences)))
                .post(BASE + "/course-competences", org).then().statusCode(200)
                .body("competences", contains((Object[]) competences));
    }

    String openSession(String course, String trainer) {
        Map<String, Object> body = new HashMap<>(Map.of("courseId", course, "capacity", 8, "trainerIds", List.of(trainer),
                "slots", List.of(SessionsTest.slot("2027-03-02", "MORNING", "09:00", "12:30"))));
        String id = as(admin(org)).body(body).post("/api/v1/orgs/{org}/training/sessions", org).then().statusCode(201)
                .extract().path("id");
        as(admin(org)).header("If-Match", "\"0\"").post("/api/v1/orgs/{org}/training/sessions/{id}/open", org, id)
                .then().statusCode(200);
        return id;
    }
}
