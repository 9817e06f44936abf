package org.passerelle.api.people;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A person registered by two organisations is one identity (email, token subject), but what each organisation
 * says about the person (name) or has seen of it (whether it signed in there) belongs to that organisation only.
 */
@QuarkusTest
class PeopleAcrossOrganisationsTest {

    String first;
    String second;
    String email;
    String personId;

    /** The person is registered and signs in at the first organisation, as "Marie Dupont". */
    @BeforeEach
    void aPersonKnownInTheFirstOrganisation() {
        first = Fixtures.organisation("shared-a");
        second = Fixtures.organisation("shared-b");
        email = "shared-" + System.nanoTime() + "@example.org";
        personId = as(admin(first)).body(Map.of("email", email, "name", "Marie Dupont", "roles", List.of("agent")))
                .post("/api/v1/orgs/{org}/people", first).then().statusCode(201).extract().path("id");
        as(email).get("/api/v1/orgs/{org}/people/{id}", first, personId).then().statusCode(200)
                .body("name", equalTo("Marie Dupont"));
        as(admin(first)).get("/api/v1/orgs/{org}/people/{id}", first, personId).then().body("linked", equalTo(true));
    }

    @Test
    void registering_an_email_known_elsewhere_echoes_nothing_of_the_other_organisation() {
        as(admin(second)).body(Map.of("email", email.toUpperCase(), "name", "M. Dupont (mairie)", "roles",
                List.of("learner"))).post("/api/v1/orgs/{org}/people", second).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", equalTo(personId), "name", equalTo("M. Dupont (mairie)"), "linked", equalTo(false),
                        "version", equalTo(0));
        as(admin(second)).get("/api/v1/orgs/{org}/people/{id}", second, personId).then().statusCode(200)
                .body("name", equalTo("M. Dupont (mairie)"), "linked", equalTo(false));
        // A platform administrator registering the person elsewhere learns nothing either.
        String third = Fixtures.organisation("shared-c");
        as(Tokens.PLATFORM_ADMIN).body(Map.of("email", email, "name", "Dupont", "roles", List.of("admin")))
                .post("/api/v1/orgs/{org}/people", third).then().statusCode(201)
                .body("name", equalTo("Dupont"), "linked", equalTo(false));
    }

    @Test
    void a_rename_in_one_organisation_does_not_show_in_another() {
        as(admin(second)).body(Map.of("email", email, "name", "M. Dupont (mairie)", "roles", List.of("learner")))
                .post("/api/v1/orgs/{org}/people", second).then().statusCode(201);

        as(admin(first)).header("If-Match", "\"0\"")
                .body(Map.of("name", "Marie Dupont-Martin", "roles", List.of("agent")))
                .put("/api/v1/orgs/{org}/people/{id}", first, personId).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Marie Dupont-Martin"));

        as(admin(second)).get("/api/v1/orgs/{org}/people/{id}", second, personId).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo("M. Dupont (mairie)"), "version", equalTo(0));
        as(admin(second)).queryParam("q", "martin").get("/api/v1/orgs/{org}/people", second).then().statusCode(200)
                .body("items", empty());
        as(admin(second)).queryParam("sort", "name").get("/api/v1/orgs/{org}/people", second).then().statusCode(200)
                .body("items.find { it.id == '" + personId + "' }.name", equalTo("M. Dupont (mairie)"));

        // And the other way round.
        as(admin(second)).header("If-Match", "\"0\"").body(Map.of("name", "Dupont Marie", "roles", List.of("learner")))
                .put("/api/v1/orgs/{org}/people/{id}", second, personId).then().statusCode(200);
        as(admin(first)).get("/api/v1/orgs/{org}/people/{id}", first, personId).then()
                .header("ETag", "\"1\"").body("name", equalTo("Marie Dupont-Martin"));
        as(admin(first)).queryParam("q", "dupont").get("/api/v1/orgs/{org}/people", first).then()
                .body("items.name", contains("Marie Dupont-Martin"));
    }

    @Test
    void linked_shows_once_the_person_has_used_a_token_in_this_organisation() {
        as(admin(second)).body(Map.of("email", email, "name", "M. Dupont (mairie)", "roles", List.of("learner")))
                .post("/api/v1/orgs/{org}/people", second).then().statusCode(201).body("linked", equalTo(false));
        // Signing in again at the first organisation, or asking who it is, tells the second nothing.
        as(email).get("/api/v1/me").then().statusCode(200);
        as(email).get("/api/v1/orgs/{org}/people/{id}", first, personId).then().statusCode(200);
        as(admin(second)).get("/api/v1/orgs/{org}/people/{id}", second, personId).then()
                .body("linked", equalTo(false));

        as(email).get("/api/v1/orgs/{org}/people/{id}", second, personId).then().statusCode(200)
                .body("name", equalTo("M. Dupont (mairie)"));
        as(admin(second)).get("/api/v1/orgs/{org}/people/{id}", second, personId).then()
                .header("ETag", "\"0\"").body("linked", equalTo(true));
    }
}
