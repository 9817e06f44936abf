package org.passerelle.api.mission;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.mission.Mission.BASE;
import static org.passerelle.api.mission.Mission.action;
import static org.passerelle.api.mission.Mission.answer;
import static org.passerelle.api.mission.Mission.indicator;
import static org.passerelle.api.mission.Mission.objective;
import static org.passerelle.api.mission.Mission.seat;
import static org.passerelle.api.mission.Mission.target;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.training.CoursesTest;
import org.passerelle.api.training.TrainingIndicatorsTest;
import org.w3c.dom.Document;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The 2024 mission report of the training organisation of the seed (shared/seeds/000), loaded through the API:
 * raison d'être, 4 statutory and 8 operational objectives with the year's actions, targets for 2025 and 2026,
 * the 8-member committee and its first meeting, and individual Sésame answers averaging to the published
 * 3.16, 3.16, 3.20, 3.83 and 3.33. Two indicators are computed from the organisation's training data.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissionReportTest {

    static final String PURPOSE = "Alphalia a la conviction que l'humanité doit laisser toute sa place à la singularité "
            + "tout en préservant la pluralité et la diversité qui l'entourent.";

    /** Code, title of the statutory objective, its operational objectives (code, title, action planned in 2024). */
    static final List<List<String>> OBJECTIVES = List.of(
            List.of("1", "Le partage du numérique via l'Open Source",
                    "1.1", "Co-concevoir les dispositifs favorisant la mise en place de logiciels inclusifs open source.",
                    "Mettre en place et mise en production d'un environnement numérique de production de formation spécifique basé principalement sur les logiciels open source, en y impliquant les stagiaires.",
                    "1.2", "Outiller les communautés.",
                    "Développer et déployer des services numériques et alternatifs aux GAFAM auprès des salariés et partenaires d'Alphalia."),
            List.of("2", "Développement et intégration d'interface open source",
                    "2.1", "Mettre en place des actions de R&D pour développer les actions d'innovation frugales techniquement.",
                    "Conclure deux partenariats allant dans ce sens.",
                    "2.2", "Devenir agrégateur de contenus notamment Open Source.",
                    "Mise en place d'un espace numérique centralisé où sont principalement agrégés des logiciels Open Source."),
            List.of("3", "Le développement de modes de formation innovants",
                    "3.1", "Agir pour les communs numériques.",
                    "Être lauréat du programme d'État Conseillers numériques dans sa composante d'innovation pédagogique, déployer la formation et la dispenser à 450 personnes.",
                    "3.2", "Intégrer une approche comportementale dans les formations numériques.",
                    "Concevoir des modules avec des « Soft Skills », appréciés par les stagiaires."),
            List.of("4", "L'innovation numérique dans la formation",
                    "4.1", "Promouvoir les solutions Open Source lors des formations.",
                    "Intégrer la présentation d'alternatives open source aux solutions propriétaires lors de toutes les sessions de formation d'Alphalia.",
                    "4.2", "Systématisation de la formation distancielle synchrone.",
                    "Doter l'écosystème des formateurs d'outils et de méthodes permettant la mise en place de formations synchrones en distanciel."));

    static final List<String> PROGRESS = List.of("ADVANCED", "STARTED", "STARTED", "NOT_STARTED", "ACHIEVED",
            "ADVANCED", "ADVANCED", "ADVANCED");

    /**
     * Each answering member's levels for SINGULARITY, STAKEHOLDERS, BUSINESS_MODEL (0 = no answer),
     * SOCIAL_CONTRIBUTION, INNOVATION: sums 19/6, 19/6, 16/5, 23/6, 20/6.
     */
    static final int[][] LEVELS = { { 4, 4, 4, 4, 4 }, { 3, 4, 3, 4, 4 }, { 3, 3, 3, 4, 3 }, { 3, 3, 3, 4, 3 },
            { 3, 3, 3, 4, 3 }, { 3, 2, 0, 3, 3 } };
    static final List<String> CRITERIA = List.of("SINGULARITY", "STAKEHOLDERS", "BUSINESS_MODEL",
            "SOCIAL_CONTRIBUTION", "INNOVATION");

    String org;

    /** Built on first use: RestAssured knows the test port only once a test runs. */
    void theMissionOf2024() {
        if (org != null) {
            return;
        }
        org = Fixtures.organisation("alphalia");
        as(admin(org)).header("If-Match", "\"0\"").body(Map.of("kind", "MISSION", "employeeCount", 9, "threeYearOti", false))
                .put(BASE + "/profile", org).then().statusCode(200).body("otiCadenceYears", equalTo(2));
        as(admin(org)).body(Map.of("text", PURPOSE, "adoptedOn", "2023-06-30", "publishedOn", "2023-07-12"))
                .post(BASE + "/purposes", org).then().statusCode(201).body("number", equalTo(1));

        List<String> operational = new ArrayList<>();
        for (List<String> s : OBJECTIVES) {
            String statutory = objective(org, null, s.get(0), s.get(1), "Objectif inscrit dans les statuts.");
            for (int i = 2; i < s.size(); i += 3) {
                String id = objective(org, statutory, s.get(i), s.get(i + 1), null);
                action(org, id, 2024, s.get(i + 2), PROGRESS.get(operational.size()),
                        "ACHIEVED".equals(PROGRESS.get(operational.size())) ? 100 : null);
                operational.add(id);
            }
        }

        // Targets of 2025-2026 as the report words them; two indicators are computed from training data.
        indicator(org, operational.get(0), "Stagiaires impliqués dans l'environnement open source", "RESULT", "%",
                null, List.of(target(2025, 85, null), target(2026, 90, null)));
        indicator(org, operational.get(1), "Formateurs actifs", "MEANS", "formateurs",
                "training.trainers.active", List.of(target(2024, 3, null), target(2025, 16, null)));
        indicator(org, operational.get(1), "Utilisateurs des services", "RESULT", "utilisateurs", null,
                List.of(target(2026, 100, "100 utilisateurs dont 70 % payants")));
        String softSkills = indicator(org, operational.get(5), "Modules « Soft Skills » commercialisés", "RESULT",
                "modules", null, List.of(target(2025, 5, "Commercialiser entre 5 et 7 modules « Soft Skills »"),
                        target(2026, 20, "Élargir le catalogue à une vingtaine de références")));
        String satisfaction = indicator(org, operational.get(4), "Satisfaction des conseillers numériques", "IMPACT",
                "%", null, List.of(target(2024, 40, null), target(2025, 40, null), target(2026, 40, null)));
        indicator(org, operational.get(6), "Sessions présentant des alternatives open source", "RESULT", "%",
                "training.sessions.open-source-share", List.of(target(2024, 100, null)));
        indicator(org, operational.get(7), "Formateurs certifiés FEFAD", "RESULT", "formateurs", null,
                List.of(target(2025, 16, "Certification interne dispensée à 16 formateurs partenaires"),
                        target(2026, 100, "Certification FEFAD au RNCP et dispensée à une centaine de formateurs partenaires")));
        Mission.measurement(org, satisfaction, 2024, 86.3);
        Mission.measurement(org, softSkills, 2024, 0);

        // The year's training: three trainers taught; two sessions out of three presented open-source alternatives.
        List<String> trainers = List.of("t1", "t2", "t3").stream()
                .map(t -> Fixtures.person(org, admin(org), user(t, org), List.of("trainer"), null)).toList();
        String course = CoursesTest.create(org, CoursesTest.course("CNUM-INIT", "Formation initiale des conseillers numériques"));
        TrainingIndicatorsTest.held(org, course, List.of(trainers.get(0), trainers.get(1)), true, "2024-03-04", false);
        TrainingIndicatorsTest.held(org, course, List.of(trainers.get(2)), true, "2024-05-06", false);
        TrainingIndicatorsTest.held(org, course, List.of(trainers.get(0)), false, "2024-09-02", false);

        // The committee: six members with an account answer the Sésame evaluation, two are external.
        List<String> seats = new ArrayList<>();
        String[][] members = { { "Benjamin Rivalland", "PRESIDENT", "Président de la société eMundus." },
                { "David Blaise-Martin", "SECRETARY", "Dirigeant de Transition Résilience." },
                { "David Berthiaud", "MEMBER", "DSI de la ville et de l'agglomération de La Rochelle." },
                { "Guillaume Cheramy", "MEMBER", "CEO d'Aukfood, VP du réseau Alliance Libre." },
                { "Pierre Gasté", "MEMBER", "Co-fondateur de Net SOLIDAIRE et d'Alphalia, qu'il anime." },
                { "Pascale Morel", "MEMBER", "Directrice d'Horizon Habitat Jeunes." },
                { "Vincent Enard", "MEMBER", "Directeur de la Régie de quartiers DIAGONALES." },
                { "Stéphanie Pietre", "MEMBER", "Consultante et formatrice indépendante." } };
        for (int i = 0; i < members.length; i++) {
            String person = i < LEVELS.length
                    ? Fixtures.person(org, admin(org), user("comite" + i, org), List.of("committee"), null) : null;
            seats.add(seat(org, person, members[i][0], members[i][1], "Pierre Gasté".equals(members[i][0]), members[i][2]));
        }
        as(admin(org)).body(Map.of("heldOn", "2024-12-18", "title", "Première réunion du comité de mission",
                "agenda", "Raison d'être, objectifs statutaires et opérationnels", "minutes", "Les huit membres présents.",
                "decisions", "Bureau élu ; réunions trimestrielles en 2025", "attendeeIds", seats))
                .post(BASE + "/committee/meetings", org).then().statusCode(201);

        as(admin(org)).body(Map.of("year", 2024)).post(BASE + "/sesame", org).then().statusCode(201);
        for (int m = 0; m < LEVELS.length; m++) {
            List<Map<String, Object>> given = new ArrayList<>();
            for (int c = 0; c < CRITERIA.size(); c++) {
                if (LEVELS[m][c] > 0) {
                    given.add(answer(CRITERIA.get(c), LEVELS[m][c], "Avis " + m + " sur " + CRITERIA.get(c)));
                }
            }
            as(user("comite" + m, org)).body(Map.of("answers", given)).put(BASE + "/sesame/2024/answers/me", org).then().statusCode(200);
        }
        as(admin(org)).header("If-Match", "\"0\"").post(BASE + "/sesame/2024/close", org).then().statusCode(200)
                .body("closed", equalTo(true), "respondents", equalTo(6));
        as(admin(org)).body(Map.of("findings", "Alphalia a globalement atteint ses objectifs ; le comité doit itérer sa démarche."))
                .put(BASE + "/reports/2024/findings", org).then().statusCode(200);
    }

    @Test
    void the_report_holds_every_objective_action_target_the_committee_the_sesame_averages_and_live_training_figures() {
        theMissionOf2024();
        JsonPath r = as(admin(org)).get(BASE + "/reports/{year}", org, 2024).then().statusCode(200).extract().jsonPath();
        assertEquals(2024, r.getInt("year"));
        assertEquals(PURPOSE, r.getString("purpose.text"));
        assertEquals(List.of("1", "2", "3", "4"), r.getList("objectives.code"));
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"),
                r.getList("objectives.operational.code.flatten()"));
        assertEquals(PROGRESS, r.getList("objectives.operational.action.progress.flatten()"));
        assertEquals(OBJECTIVES.get(2).get(4), r.getString("objectives[2].operational[0].action.planned"));

        // Sésame: the five published averages, with respondents and every comment.
        assertEquals(List.of(3.16f, 3.16f, 3.2f, 3.83f, 3.33f), r.getList("sesame.average"));
        assertEquals(List.of(6, 6, 5, 6, 6), r.getList("sesame.respondents"));
        assertEquals(5, r.getList("sesame[2].comments").size());

        // The committee: 8 members, its president, secretary and employee; one meeting of the three planned.
        assertEquals(8, r.getList("committee.members").size());
        assertEquals("PRESIDENT", r.getString("committee.members.find { it.name == 'Benjamin Rivalland' }.role"));
        assertEquals("SECRETARY", r.getString("committee.members.find { it.name == 'David Blaise-Martin' }.role"));
        assertEquals(List.of("Pierre Gasté"), r.getList("committee.members.findAll { it.employee }.name"));
        assertEquals(List.of("2024-12-18"), r.getList("committee.meetings.heldOn"));
        assertEquals(3, r.getInt("committee.meetingsTarget"));
        assertEquals(List.of(), r.getList("committee.warnings"));

        // Live figures from the training module: 3 active trainers, 2 of 3 sessions with open-source alternatives.
        assertEquals(3.0f, r.getFloat("keyFigures.find { it.indicator == 'Formateurs actifs' }.value"));
        assertEquals("ACHIEVED", r.getString("keyFigures.find { it.indicator == 'Formateurs actifs' }.status"));
        assertTrue(r.getString("keyFigures.find { it.indicator == 'Formateurs actifs' }.source")
                .startsWith("training.trainers.active"));
        assertEquals(66.7f, r.getFloat("keyFigures.find { it.indicator.startsWith('Sessions') }.value"));
        assertEquals("MISSED", r.getString("keyFigures.find { it.indicator.startsWith('Sessions') }.status"));
        assertEquals(86.3f, r.getFloat("keyFigures.find { it.indicator.startsWith('Satisfaction') }.value"));

        // Targets of the coming years, as worded.
        List<Map<String, Object>> next = r.getList("objectives.operational.nextTargets.flatten()");
        assertTrue(next.stream().anyMatch(t -> t.get("year").equals(2025) && ((Number) t.get("value")).intValue() == 85
                && t.get("indicator").toString().startsWith("Stagiaires")), next::toString);
        assertTrue(next.stream().anyMatch(t -> "100 utilisateurs dont 70 % payants".equals(t.get("label"))));
        assertTrue(next.stream().anyMatch(t -> t.get("year").equals(2026) && ((Number) t.get("value")).intValue() == 100
                && String.valueOf(t.get("label")).startsWith("Certification FEFAD au RNCP")));
        assertEquals(10, next.size(), next::toString);
        assertTrue(r.getString("findings").startsWith("Alphalia a globalement atteint"));
    }

    @Test
    void the_markdown_report_reads_like_the_published_one() {
        theMissionOf2024();
        String md = as(admin(org)).accept("text/markdown").get(BASE + "/reports/{year}", org, 2024).then()
                .statusCode(200).contentType(startsWith("text/markdown")).header("Content-Language", "fr").extract()
                .asString();
        for (List<String> s : OBJECTIVES) {
            assertTrue(md.contains("Objectif statutaire " + s.get(0) + " — " + s.get(1)), s.get(1));
            for (int i = 2; i < s.size(); i += 3) {
                assertTrue(md.contains("Objectif opérationnel " + s.get(i) + " — " + s.get(i + 1)), s.get(i));
            }
        }
        for (String expected : List.of("# Rapport de mission 2024", "3.16/4", "3.20/4", "3.83/4", "3.33/4",
                "Benjamin Rivalland", "Président", "Secrétaire", "85 %", "90 %", "16 formateurs",
                "Commercialiser entre 5 et 7 modules « Soft Skills »", "Niveau d'avancement fin 2024 : Atteint",
                "Réunions tenues en 2024 : 1 / 3", "Constats et amélioration continue")) {
            assertTrue(md.contains(expected), expected);
        }
    }

    @Test
    void the_html_report_is_well_formed_xhtml_with_charts() throws Exception {
        theMissionOf2024();
        String html = as(admin(org)).queryParam("format", "html").get(BASE + "/reports/{year}", org, 2024).then()
                .statusCode(200).contentType(startsWith("text/html")).extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("fr", doc.getDocumentElement().getAttribute("lang"));
        assertEquals(2, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength(),
                "target-vs-actual and Sésame charts");
        assertTrue(doc.getElementsByTagName("title").item(0).getTextContent().startsWith("Rapport de mission 2024"));
    }

    @Test
    void the_pdf_report_renders_in_french_and_in_english() throws IOException {
        theMissionOf2024();
        String fr = pdfText(as(admin(org)).accept("application/pdf").get(BASE + "/reports/{year}", org, 2024).then()
                .statusCode(200).contentType("application/pdf").header("Content-Disposition", containsString("rapport-de-mission-2024.pdf"))
                .extract().asByteArray());
        for (String expected : List.of("Rapport de mission 2024", "Benjamin Rivalland", "3.16/4", "3.83/4",
                "Formateurs actifs", "Objectif statutaire 4")) {
            assertTrue(fr.contains(expected), expected + " in " + fr);
        }
        String en = pdfText(as(admin(org)).queryParam("format", "pdf").queryParam("lang", "en")
                .get(BASE + "/reports/{year}", org, 2024).then().statusCode(200).extract().asByteArray());
        assertTrue(en.contains("Mission report 2024"), en);
        assertTrue(en.contains("Statutory objective 1"), en);
    }

    @Test
    void the_key_figures_report_gathers_every_module_s_indicator_sources() {
        theMissionOf2024();
        as(admin(org)).get(BASE + "/key-figures/{year}", org, 2024).then().statusCode(200)
                .body("figures.key", hasItems("training.trainers.active", "ticketing.requests.count"),
                        "figures.find { it.key == 'training.trainers.active' }.value", equalTo(3));
        String md = as(admin(org)).queryParam("format", "md").get(BASE + "/key-figures/{year}", org, 2024).then()
                .statusCode(200).extract().asString();
        assertTrue(md.contains("Chiffres clés 2024"), md);
    }

    @Test
    void the_sesame_grid_is_served_in_french_with_its_four_levels() {
        theMissionOf2024();
        as(user("comite0", org)).get(BASE + "/sesame/criteria", org).then().statusCode(200)
                .body("items.criterion", contains(CRITERIA.toArray()), "items[0].label",
                        equalTo("Singularité de la mission"), "items[0].levels.size()", equalTo(4));
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
