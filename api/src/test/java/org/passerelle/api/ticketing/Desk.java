package org.passerelle.api.ticketing;

import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.List;
import java.util.Map;

import org.passerelle.api.support.Fixtures;

import io.restassured.response.Response;

/**
 * A support desk like the agency's: a software team owning the Kaila service, a hardware team owning
 * maintenance, two member structures subscribing to Kaila only, their requesters, two agents.
 */
class Desk {

    final String org = Fixtures.organisation("desk");
    final String logiciels = Fixtures.team(org, "Pôle Service Logiciels");
    final String materiels = Fixtures.team(org, "Pôle Service Matériels");
    final String kaila = Fixtures.service(org, "FIN-KAILA", logiciels);
    final String maintenance = as(admin(org)).body(Map.of("code", "MAT-MAINT", "name", "Maintenance hors serveurs",
            "teamId", materiels)).post("/api/v1/orgs/{org}/services", org).then().statusCode(201).extract().path("id");
    final String kailaCategory = category("Finances (AFI) Kaila", logiciels, kaila, "N1");
    final String maintenanceCategory = category("Maintenance hors serveurs", materiels, maintenance, "N1");
    final String capbreton = Fixtures.member(org, "Mairie de Capbreton");
    final String soustons = Fixtures.member(org, "Mairie de Soustons");
    final String requester = Fixtures.user("secretariat", org);
    final String colleague = Fixtures.user("dgs", org);
    final String otherRequester = Fixtures.user("soustons", org);
    final String agent = Fixtures.user("agent", org);
    final String agent2 = Fixtures.user("agent2", org);
    final String agentId;

    Desk() {
        for (String member : List.of(capbreton, soustons)) {
            as(admin(org)).body(Map.of("serviceId", kaila, "startsOn", "2020-01-01"))
                    .post("/api/v1/orgs/{org}/members/{m}/subscriptions", org, member).then().statusCode(201);
        }
        Fixtures.person(org, admin(org), requester, List.of("requester"), capbreton);
        // The structure's administrative contact, who approves its purchase orders.
        as(admin(org)).body(Map.of("email", colleague, "name", "DGS", "roles", List.of("requester"),
                "memberId", capbreton, "memberContact", true)).post("/api/v1/orgs/{org}/people", org).then().statusCode(201);
        Fixtures.person(org, admin(org), otherRequester, List.of("requester"), soustons);
        agentId = as(admin(org)).body(Map.of("email", agent, "name", "Agent", "roles", List.of("agent"),
                "teamId", logiciels)).post("/api/v1/orgs/{org}/people", org).then().statusCode(201).extract().path("id");
        Fixtures.person(org, admin(org), agent2, List.of("agent"), null);
    }

    String category(String name, String team, String service, String level) {
        return as(admin(org)).body(Map.of("name", name, "teamId", team, "serviceId", service, "defaultLevel", level))
                .post("/api/v1/orgs/{org}/ticketing/categories", org).then().statusCode(201).extract().path("id");
    }

    Response file(String who, String title, String description) {
        return as(who).body(Map.of("title", title, "description", description, "categoryId", kailaCategory))
                .post("/api/v1/orgs/{org}/tickets", org);
    }

    String ticket(String who, String title) {
        return file(who, title, "Description de " + title).then().statusCode(201).extract().path("id");
    }

    /** Runs an action with the ticket's current ETag and expects {@code status}. */
    Response act(String who, String ticket, String action, Object body, int status) {
        String etag = as(agent).get("/api/v1/orgs/{org}/tickets/{id}", org, ticket).then().statusCode(200)
                .extract().header("ETag");
        var request = as(who).header("If-Match", etag);
        if (body != null) {
            request.body(body);
        }
        Response r = request.post("/api/v1/orgs/{org}/tickets/{id}/" + action, org, ticket);
        r.then().statusCode(status);
        return r;
    }
}
