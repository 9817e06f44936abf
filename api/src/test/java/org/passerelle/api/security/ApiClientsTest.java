package org.passerelle.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A partner system calls with a client-credentials token; it acts in an organisation only if its client id
 * is registered there, and only within the roles it was given.
 */
@QuarkusTest
class ApiClientsTest {

    @Test
    void a_registered_partner_acts_within_its_roles_and_only_in_its_organisation() {
        String org = Fixtures.organisation("partner");
        String other = Fixtures.organisation("not-partner");
        Fixtures.member(org, "Mairie de Linxe");
        String partnerToken = Tokens.ofClient();

        given().auth().oauth2(partnerToken).get("/api/v1/orgs/{org}/members", org).then().statusCode(404);

        String id = as(admin(org)).body(Map.of("clientId", Tokens.clientId(), "name", "LMS partenaire",
                "roles", List.of("partner"))).post("/api/v1/orgs/{org}/api-clients", org)
                .then().statusCode(201).body("roles", contains("partner")).extract().path("id");

        given().auth().oauth2(partnerToken).get("/api/v1/orgs/{org}/members", org).then().statusCode(200)
                .body("items.name", contains("Mairie de Linxe"));
        given().auth().oauth2(partnerToken).contentType("application/json")
                .body(Map.of("name", "X", "kind", "COMMUNE")).post("/api/v1/orgs/{org}/members", org)
                .then().statusCode(403);
        given().auth().oauth2(partnerToken).get("/api/v1/orgs/{org}/members", other).then().statusCode(404);
        given().auth().oauth2(partnerToken).get("/api/v1/me").then().statusCode(200)
                .body("personId", equalTo(null), "memberships.size()", equalTo(0));

        as(admin(org)).header("If-Match", "\"0\"").delete("/api/v1/orgs/{org}/api-clients/{id}", org, id)
                .then().statusCode(204);
        given().auth().oauth2(partnerToken).get("/api/v1/orgs/{org}/members", org).then().statusCode(404);
    }

    @Test
    void only_admins_register_api_clients_and_a_client_id_is_registered_once() {
        String org = Fixtures.organisation("clients");
        String agent = Fixtures.user("agent", org);
        Fixtures.person(org, admin(org), agent, List.of("agent"), null);
        as(agent).body(Map.of("clientId", "erp", "name", "ERP", "roles", List.of("partner")))
                .post("/api/v1/orgs/{org}/api-clients", org).then().statusCode(403);
        as(agent).get("/api/v1/orgs/{org}/api-clients", org).then().statusCode(403);
        as(admin(org)).body(Map.of("clientId", "erp", "name", "ERP", "roles", List.of("partner")))
                .post("/api/v1/orgs/{org}/api-clients", org).then().statusCode(201);
        as(admin(org)).body(Map.of("clientId", "erp", "name", "ERP bis", "roles", List.of("partner")))
                .post("/api/v1/orgs/{org}/api-clients", org).then().statusCode(409);
    }
}
