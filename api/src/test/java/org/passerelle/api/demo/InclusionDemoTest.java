package org.passerelle.api.demo;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.passerelle.api.support.Api.as;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The agency's demo Mon ordi Pin40 programme is there, and its figures are those its story tells. */
@QuarkusTest
class InclusionDemoTest {

    @Inject
    DemoData.Loader loader;

    @BeforeEach
    void demoData() {
        DemoDataTest.load(loader);
    }

    @Test
    void capbreton_follows_its_beneficiaries_and_the_2025_figures_tell_one_grant_and_one_return() {
        as("requester@alpi.test").get("/api/v1/orgs/alpi/inclusion/beneficiaries").then().statusCode(200)
                .body("items.name", containsInAnyOrder("Anne Dubroca", "Martine Lafitte"));
        as("agent@alpi.test").get("/api/v1/orgs/alpi/inclusion/loans").then().statusCode(200)
                .body("items.status", containsInAnyOrder("TRANSFERRED", "RETURNED", "ACTIVE", "ACTIVE"));
        as("auditor@alpi.test").get("/api/v1/orgs/alpi/inclusion/equipment-figures/2025").then().statusCode(200)
                .body("total.itemsLent", equalTo(4)).body("total.itemsGranted", equalTo(1))
                .body("total.pathsCompleted", equalTo(1)).body("total.pathsAbandoned", equalTo(1))
                .body("total.completionRate", equalTo(50.0f));
    }

    @Test
    void soustons_pix_campaign_proposes_the_first_steps_course_for_its_agents_weakest_competences() {
        String campaign = as("admin@alpi.test").get("/api/v1/orgs/alpi/inclusion/diagnostic/campaigns").then()
                .statusCode(200).body("items.title", hasItem("Pix Territoires — diagnostic des agents 2025"))
                .extract().path("items.find { it.title.startsWith('Pix Territoires') }.id");
        as("admin@alpi.test").get("/api/v1/orgs/alpi/inclusion/diagnostic/campaigns/{c}/figures", campaign).then()
                .statusCode(200).body("participants", equalTo(3), "assessed", equalTo(3));
        as("admin@alpi.test").get("/api/v1/orgs/alpi/inclusion/diagnostic/campaigns/{c}/proposals", campaign).then()
                .statusCode(200).body("items.courseCode", everyItem(equalTo("PIN40-1")))
                .body("items.competence", hasItem("4.1"));
    }
}
