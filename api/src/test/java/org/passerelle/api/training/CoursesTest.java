package org.passerelle.api.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
public class CoursesTest {

    static final String COURSES = "/api/v1/orgs/{org}/training/courses";

    String org;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation("courses");
    }

    public static Map<String, Object> course(String code, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", title);
        body.put("summary", "Accompagner les usagers dans leurs démarches en ligne.");
        body.put("objectives", "Identifier les besoins de l'usager; utiliser les outils de l'État.");
        body.put("prerequisites", "Aucun");
        body.put("audience", "Conseillers numériques");
        body.put("durationHours", 14);
        body.put("modality", "VIRTUAL_CLASSROOM");
        body.put("programmeType", "CATALOGUE");
        body.put("priceEur", 490.50);
        body.put("accessDelay", "Inscription jusqu'à 7 jours avant la session");
        body.put("disabilityAccess", "Référent handicap : handicap@example.test");
        body.put("assessmentMethods", "Quiz de positionnement et mise en situation");
        body.put("tags", List.of("soft skills", "open source"));
        body.put("published", true);
        return body;
    }

    public static String create(String org, Map<String, Object> body) {
        return as(admin(org)).body(body).post(COURSES, org).then().statusCode(201).extract().path("id");
    }

    @Test
    void a_course_is_created_with_all_its_catalogue_fields() {
        as(admin(org)).body(course("CN-ACC-01", "Accompagner les usagers")).post(COURSES, org)
                .then().statusCode(201).header("ETag", "\"0\"").header("Location", notNullValue())
                .body("code", equalTo("CN-ACC-01"), "durationHours", equalTo(14), "modality",
                        equalTo("VIRTUAL_CLASSROOM"), "programmeType", equalTo("CATALOGUE"),
                        "priceEur", equalTo(490.5f), "tags", contains("open source", "soft skills"),
                        "published", equalTo(true), "version", equalTo(0));
    }

    @Test
    void invalid_courses_are_refused_with_every_faulty_field() {
        Map<String, Object> body = course("bad code!", "");
        body.put("durationHours", 0);
        body.put("modality", null);
        body.put("tags", List.of("Soft Skills"));
        as(admin(org)).body(body).post(COURSES, org).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("code", "durationHours", "modality", "tags[0]",
                        "title"));
        as(admin(org)).get(COURSES, org).then().body("items", empty());
    }

    @Test
    void a_code_is_unique_in_an_organisation_whatever_its_case() {
        create(org, course("CN-01", "Un"));
        as(admin(org)).header("Accept-Language", "fr").body(course("cn-01", "Deux")).post(COURSES, org)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Une formation de code « cn-01 » existe déjà dans cette organisation."));
        String other = Fixtures.organisation("other");
        create(other, course("CN-01", "Un"));
    }

    @Test
    void the_catalogue_is_filtered_by_modality_programme_tag_and_words_and_paginated() {
        create(org, course("A-01", "Animer un atelier"));
        Map<String, Object> regional = course("B-01", "Bureautique libre");
        regional.put("programmeType", "REGIONAL_PROGRAMME");
        regional.put("modality", "IN_PERSON");
        regional.put("tags", List.of("open source"));
        create(org, regional);
        Map<String, Object> selfPaced = course("C-01", "Cybersécurité");
        selfPaced.put("modality", "SELF_PACED");
        selfPaced.put("tags", List.of());
        create(org, selfPaced);

        as(admin(org)).queryParam("modality", "IN_PERSON").get(COURSES, org).then().body("items.code", contains("B-01"));
        as(admin(org)).queryParam("programmeType", "CATALOGUE").get(COURSES, org).then()
                .body("items.code", contains("A-01", "C-01"));
        as(admin(org)).queryParam("tag", "open source").get(COURSES, org).then()
                .body("items.code", contains("A-01", "B-01"));
        as(admin(org)).queryParam("q", "cyber").get(COURSES, org).then().body("items.code", contains("C-01"));
        as(admin(org)).queryParam("sort", "-title").get(COURSES, org).then()
                .body("items.code", contains("C-01", "B-01", "A-01"));
        as(admin(org)).queryParam("modality", "ON_THE_MOON").get(COURSES, org).then().statusCode(400);
        as(admin(org)).queryParam("sort", "price").get(COURSES, org).then().statusCode(400)
                .body("errors.field", contains("sort"));

        List<String> codes = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(admin(org)).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(COURSES, org);
            page.then().statusCode(200);
            codes.addAll(page.path("items.code"));
            cursor = page.path("next");
        } while (cursor != null);
        Assertions.assertEquals(List.of("A-01", "B-01", "C-01"), codes);
    }

    @Test
    void updates_need_the_current_etag() {
        String id = create(org, course("U-01", "Avant"));
        Map<String, Object> changed = course("U-01", "Après");
        as(admin(org)).body(changed).put(COURSES + "/{id}", org, id).then().statusCode(428);
        as(admin(org)).header("If-Match", "\"0\"").body(changed).put(COURSES + "/{id}", org, id).then()
                .statusCode(200).header("ETag", "\"1\"").body("title", equalTo("Après"));
        as(admin(org)).header("If-Match", "\"0\"").body(course("U-01", "Stale")).put(COURSES + "/{id}", org, id)
                .then().statusCode(412);
        as(admin(org)).header("If-Match", "\"1\"").delete(COURSES + "/{id}", org, id).then().statusCode(204);
        as(admin(org)).get(COURSES + "/{id}", org, id).then().statusCode(404);
    }

    @Test
    void learners_see_published_courses_only_and_cannot_write() {
        String published = create(org, course("P-01", "Publiée"));
        Map<String, Object> draft = course("D-01", "Brouillon");
        draft.put("published", false);
        String hidden = create(org, draft);
        String learner = user("learner", org);
        Fixtures.person(org, admin(org), learner, List.of("learner"), null);
        String trainer = user("trainer", org);
        Fixtures.person(org, admin(org), trainer, List.of("trainer"), null);

        as(learner).get(COURSES, org).then().statusCode(200).body("items.id", contains(published));
        as(learner).queryParam("published", false).get(COURSES, org).then().body("items.id", not(hasItem(hidden)));
        as(learner).get(COURSES + "/{id}", org, hidden).then().statusCode(404);
        as(learner).get(COURSES + "/{id}", org, published).then().statusCode(200);
        as(learner).body(course("L-01", "Non")).post(COURSES, org).then().statusCode(403);
        as(trainer).get(COURSES, org).then().body("items.id", containsInAnyOrder(published, hidden));
        as(trainer).header("If-Match", "\"0\"").delete(COURSES + "/{id}", org, published).then().statusCode(403);
        as(admin(org)).queryParam("published", false).get(COURSES, org).then().body("items.id", contains(hidden));
    }

    @Test
    void another_organisation_sees_nothing() {
        String id = create(org, course("X-01", "Secrète"));
        String other = Fixtures.organisation("other");
        as(admin(other)).get(COURSES + "/{id}", other, id).then().statusCode(404);
        as(admin(other)).get(COURSES + "/{id}/programme", other, id).then().statusCode(404);
        as(admin(other)).get(COURSES + "/{id}", org, id).then().statusCode(404);
        as(admin(other)).get(COURSES, other).then().body("items", empty());
    }

    @Test
    void the_programme_sheet_of_a_published_course_lists_the_missing_qualiopi_items() {
        Map<String, Object> body = course("Q-01", "Qualiopi");
        body.remove("disabilityAccess");
        body.remove("accessDelay");
        String id = create(org, body);
        String learner = user("learner", org);
        Fixtures.person(org, admin(org), learner, List.of("learner"), null);
        as(learner).get(COURSES + "/{id}/programme", org, id).then().statusCode(200)
                .body("code", equalTo("Q-01"), "objectives", notNullValue(), "lastUpdated", notNullValue(),
                        "missing", contains("accessDelay", "disabilityAccess"));

        Map<String, Object> draft = course("Q-02", "Brouillon");
        draft.put("published", false);
        String unpublished = create(org, draft);
        as(admin(org)).get(COURSES + "/{id}/programme", org, unpublished).then().statusCode(404);
    }
}
