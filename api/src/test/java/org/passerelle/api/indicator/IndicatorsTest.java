package org.passerelle.api.indicator;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IndicatorsTest {

    @Test
    void the_registry_lists_the_core_source_with_labels_in_the_callers_language() {
        String org = Fixtures.organisation("ind");
        as(admin(org)).header("Accept-Language", "fr").get("/api/v1/orgs/{org}/indicators", org).then()
                .statusCode(200).body("items.key", hasItem("core.members.active"),
                        "items.find { it.key == 'core.members.active' }.label", equalTo("Nombre d'adhérents actifs"));
    }

    @Test
    void active_members_are_counted_in_sql_with_provenance() {
        String org = Fixtures.organisation("ind");
        Fixtures.member(org, "Mairie de Soustons");
        Fixtures.member(org, "Mairie de Linxe");
        Fixtures.member(org, Map.of("name", "CIAS", "kind", "HEALTH_SOCIAL_BODY"));
        Fixtures.member(org, Map.of("name", "Ancienne", "kind", "COMMUNE", "active", false));
        int year = java.time.LocalDate.now().getYear();

        as(admin(org)).get("/api/v1/orgs/{org}/indicators/core.members.active", org).then().statusCode(200)
                .body("value", equalTo(3), "unit", equalTo("COUNT"),
                        "provenance.sourceKey", equalTo("core.members.active"),
                        "provenance.recordCount", equalTo(3),
                        "provenance.period.from", equalTo(year + "-01-01"),
                        "provenance.computedAt", notNullValue());
        as(admin(org)).queryParam("kind", "COMMUNE").get("/api/v1/orgs/{org}/indicators/core.members.active", org)
                .then().body("value", equalTo(2), "provenance.parameters.kind", equalTo("COMMUNE"));
        // Members created after the period do not count in it.
        as(admin(org)).queryParam("year", year - 1).get("/api/v1/orgs/{org}/indicators/core.members.active", org)
                .then().body("value", equalTo(0));
    }

    @Test
    void bad_parameters_and_unknown_indicators_are_refused() {
        String org = Fixtures.organisation("ind");
        as(admin(org)).queryParam("colour", "red").get("/api/v1/orgs/{org}/indicators/core.members.active", org)
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
        as(admin(org)).queryParam("kind", "CASTLE").get("/api/v1/orgs/{org}/indicators/core.members.active", org)
                .then().statusCode(400);
        as(admin(org)).queryParam("from", "2025-12-31").queryParam("to", "2025-01-01")
                .get("/api/v1/orgs/{org}/indicators/core.members.active", org).then().statusCode(400);
        as(admin(org)).get("/api/v1/orgs/{org}/indicators/nope.nothing", org).then().statusCode(404);
    }

    @Test
    void committee_and_auditors_read_indicators_but_requesters_do_not() {
        String org = Fixtures.organisation("ind");
        String committee = Fixtures.user("committee", org);
        Fixtures.person(org, admin(org), committee, List.of("committee"), null);
        String learner = Fixtures.user("learner", org);
        Fixtures.person(org, admin(org), learner, List.of("learner"), null);
        as(committee).get("/api/v1/orgs/{org}/indicators/core.members.active", org).then().statusCode(200);
        as(learner).get("/api/v1/orgs/{org}/indicators/core.members.active", org).then().statusCode(403);
    }
}
