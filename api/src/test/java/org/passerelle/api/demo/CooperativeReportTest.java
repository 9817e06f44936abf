package org.passerelle.api.demo;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.passerelle.api.support.Api.as;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The SCOP Alma of seed 002 reports on the four pillars of economic citizenship it names: its yearly report is
 * built from the demo's extra-financial framework, pillar by pillar, with the interview's own figures.
 */
@QuarkusTest
class CooperativeReportTest {

    @Inject
    DemoData.Loader loader;

    @BeforeEach
    void demoData() {
        DemoDataTest.load(loader);
    }

    @Test
    void the_yearly_report_shows_the_four_pillars_with_the_figures_the_cooperative_published() {
        JsonPath report = as("admin@alma.test").accept("application/json").get("/api/v1/orgs/alma/mission/reports/2024")
                .then().statusCode(200).body("kind", equalTo("EXTRA_FINANCIAL"), "year", equalTo(2024),
                        "objectives.title", contains("La vie démocratique (le partage du pouvoir et des décisions)",
                                "La répartition de la valeur créée et la pérennité de l'entreprise",
                                "L'épanouissement et l'émancipation des personnes",
                                "La contribution citoyenne, sociale et environnementale"),
                        "objectives[0].operational[0].indicators.name",
                        contains("Scopettes intégrées à la gouvernance", "Voix par personne"),
                        "objectives[3].operational[0].indicators.name",
                        contains("Années du jardin forestier refuge de biodiversité (LPO)", "Sites alimentés par Enercoop"),
                        "objectives[3].operational[0].indicators.source", contains("manual", "manual"))
                .extract().jsonPath();
        assertEquals(List.of(5.0, 1.0), values(report, 0));
        assertEquals(List.of(0.0, 4.0), values(report, 1));
        assertEquals(List.of(50.0), values(report, 2));
        assertEquals(List.of(4.0, 4.0), values(report, 3));
        // The committee of a cooperative reads its report too; another organisation's admin does not see it.
        as("committee@alma.test").accept("application/json").get("/api/v1/orgs/alma/mission/reports/2024").then()
                .statusCode(200).body("objectives.size()", equalTo(4));
        as("admin@alpi.test").accept("application/json").get("/api/v1/orgs/alma/mission/reports/2024").then()
                .statusCode(404);
    }

    /** The values of a pillar's indicators, as numbers whatever their scale. */
    private static List<Double> values(JsonPath report, int pillar) {
        List<Object> values = report.getList("objectives[" + pillar + "].operational[0].indicators.value");
        return values.stream().map(v -> Double.valueOf(v.toString())).toList();
    }
}
