package org.passerelle.api.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.api.http.IdempotencyInterceptor;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.inclusion.Equipment;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every creating POST honours {@code Idempotency-Key}, proven over HTTP one endpoint at a time: the same key
 * and body replay the first response (nothing created twice), the same key with another body is a 422 that
 * changes nothing. Partner-facing ones are called with a partner's client-credentials token. A last test
 * fails when an {@code @Idempotent} endpoint has no case here, so new endpoints cannot skip the proof.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotentPostsTest {

    /** One creating POST: who calls it, where, and two different valid bodies. */
    record Case(String template, Supplier<RequestSpecification> caller, String path, Object body, Object otherBody,
            String contentType) {
    }

    boolean built;
    String org;
    String partnerToken;
    String member;
    String team;
    String service;
    String category;
    String ticket;
    String course;
    String trainerPerson;
    String session;
    String learnerA;
    String learnerB;
    String objective;
    String article;
    String indicator;
    String computedIndicator;
    String agreement;
    String lot;
    String beneficiary;
    String pathEnrolment;
    List<String> devices;
    String campaign;
    String agentA;
    String agentB;

    /** Built on first use: RestAssured knows the test port only once a test runs. */
    void world() {
        if (built) {
            return;
        }
        org = Fixtures.organisation("idem-all");
        member = Fixtures.member(org, "Mairie de Linxe");
        team = Fixtures.team(org, "Pôle Service Logiciels");
        service = Fixtures.service(org, "FIN-KAILA", team);
        as(admin(org)).body(Map.of("serviceId", service, "startsOn", "2020-01-01"))
                .post("/api/v1/orgs/{org}/members/{m}/subscriptions", org, member).then().statusCode(201);
        category = as(admin(org)).body(Map.of("name", "Finances", "teamId", team, "serviceId", service,
                "defaultLevel", "N1")).post("/api/v1/orgs/{org}/ticketing/categories", org).then().statusCode(201)
                .extract().path("id");
        // The partner is an ERP/LMS calling with client credentials, registered with the partner role.
        partnerToken = Tokens.ofClient();
        as(admin(org)).body(Map.of("clientId", Tokens.clientId(), "name", "ERP", "roles", List.of("partner")))
                .post("/api/v1/orgs/{org}/api-clients", org).then().statusCode(201);
        ticket = partner().body(ticket("Bon de commande")).post("/api/v1/orgs/{org}/tickets", org).then()
                .statusCode(201).extract().path("id");
        course = as(admin(org)).body(course("IDEM-0")).post("/api/v1/orgs/{org}/training/courses", org).then()
                .statusCode(201).extract().path("id");
        trainerPerson = Fixtures.person(org, admin(org), user("trainer", org), List.of("trainer"), null);
        session = as(admin(org)).body(session()).post("/api/v1/orgs/{org}/training/sessions", org).then()
                .statusCode(201).extract().path("id");
        as(admin(org)).header("If-Match", "\"0\"").post("/api/v1/orgs/{org}/training/sessions/{s}/open", org, session)
                .then().statusCode(200);
        learnerA = Fixtures.person(org, admin(org), user("learner-a", org), List.of("learner"), null);
        learnerB = Fixtures.person(org, admin(org), user("learner-b", org), List.of("learner"), null);
        objective = as(admin(org)).body(Map.of("code", "1", "title", "Le partage du numérique"))
                .post("/api/v1/orgs/{org}/mission/objectives", org).then().statusCode(201).extract().path("id");
        indicator = as(admin(org)).body(indicator(null)).post("/api/v1/orgs/{org}/mission/indicators", org).then()
                .statusCode(201).extract().path("id");
        computedIndicator = as(admin(org)).body(indicator("training.trainers.active"))
                .post("/api/v1/orgs/{org}/mission/indicators", org).then().statusCode(201).extract().path("id");
        // The structure's contact accepts the agreement covering its agent seated in a session.
        as(admin(org)).body(Map.of("email", user("contact", org), "name", "Contact", "roles", List.of("requester"),
                "memberId", member, "memberContact", true)).post("/api/v1/orgs/{org}/people", org).then().statusCode(201);
        String agreementSession = as(admin(org)).body(session()).post("/api/v1/orgs/{org}/training/sessions", org)
                .then().statusCode(201).extract().path("id");
        as(admin(org)).header("If-Match", "\"0\"").post("/api/v1/orgs/{org}/training/sessions/{s}/open", org,
                agreementSession).then().statusCode(200);
        as(admin(org)).body(Map.of("learnerId", Fixtures.person(org, admin(org), user("agent", org), List.of("learner"),
                member), "memberId", member, "traineeType", "OTHER", "fundingSource", "EMPLOYER"))
                .post("/api/v1/orgs/{org}/training/sessions/{s}/enrolments", org, agreementSession).then().statusCode(201);
        agreement = "/api/v1/orgs/" + org + "/training/members/" + member + "/sessions/" + agreementSession
                + "/agreement";
        article = as(admin(org)).body(article("Réinitialiser un mot de passe Kaila"))
                .post("/api/v1/orgs/{org}/articles", org).then().statusCode(201).extract().path("id");
        Equipment pin40 = new Equipment(org);
        lot = pin40.lot(100);
        devices = List.of(pin40.item(lot, "IDEM-1"), pin40.item(lot, "IDEM-2"));
        beneficiary = pin40.beneficiary("Martine Lafitte", "Capbreton", member);
        pathEnrolment = pin40.enrol(session, pin40.learner("martine"));
        agentA = Fixtures.person(org, admin(org), user("agent-a", org), List.of("learner"), member);
        agentB = Fixtures.person(org, admin(org), user("agent-b", org), List.of("learner"), member);
        campaign = as(admin(org)).body(Map.of("memberId", member, "title", "Diagnostic"))
                .post("/api/v1/orgs/{org}/inclusion/diagnostic/campaigns", org).then().statusCode(201).extract().path("id");
        built = true;
    }

    Stream<Case> cases() {
        world();
        String orgs = "/api/v1/orgs/" + org;
        Supplier<RequestSpecification> admin = () -> as(admin(org));
        Supplier<RequestSpecification> partner = this::partner;
        String other = UUID.randomUUID().toString().substring(0, 8);
        return Stream.of(
                new Case("/api/v1/orgs", () -> as(Tokens.PLATFORM_ADMIN), "/api/v1/orgs",
                        Map.of("slug", "idem-" + other, "name", "A", "kind", "COOPERATIVE"),
                        Map.of("slug", "idem-" + other, "name", "B", "kind", "COOPERATIVE"), null),
                new Case("/api/v1/orgs/{org}/people", admin, orgs + "/people",
                        Map.of("email", "a-" + other + "@idem.test", "name", "A", "roles", List.of("agent")),
                        Map.of("email", "b-" + other + "@idem.test", "name", "B", "roles", List.of("agent")), null),
                new Case("/api/v1/orgs/{org}/members", admin, orgs + "/members",
                        Map.of("name", "Mairie de Sabres", "kind", "COMMUNE"),
                        Map.of("name", "Mairie de Sore", "kind", "COMMUNE"), null),
                new Case("/api/v1/orgs/{org}/members/{memberId}/subscriptions", admin,
                        orgs + "/members/" + Fixtures.member(org, "Mairie " + other) + "/subscriptions",
                        Map.of("serviceId", service, "startsOn", "2024-01-01"),
                        Map.of("serviceId", service, "startsOn", "2025-01-01"), null),
                new Case("/api/v1/orgs/{org}/teams", admin, orgs + "/teams", Map.of("name", "Pôle A " + other),
                        Map.of("name", "Pôle B " + other), null),
                new Case("/api/v1/orgs/{org}/services", admin, orgs + "/services",
                        Map.of("code", "A-" + other, "name", "A", "teamId", team),
                        Map.of("code", "B-" + other, "name", "B", "teamId", team), null),
                new Case("/api/v1/orgs/{org}/api-clients", admin, orgs + "/api-clients",
                        Map.of("clientId", "a-" + other, "name", "A", "roles", List.of("partner")),
                        Map.of("clientId", "b-" + other, "name", "B", "roles", List.of("partner")), null),
                new Case("/api/v1/orgs/{org}/webhooks", admin, orgs + "/webhooks",
                        Map.of("url", "http://localhost:9/a", "eventTypes", List.of("ticket.created")),
                        Map.of("url", "http://localhost:9/b", "eventTypes", List.of("ticket.created")), null),
                new Case("/api/v1/orgs/{org}/ticketing/categories", admin, orgs + "/ticketing/categories",
                        Map.of("name", "A " + other, "teamId", team, "defaultLevel", "N1"),
                        Map.of("name", "B " + other, "teamId", team, "defaultLevel", "N1"), null),
                new Case("/api/v1/orgs/{org}/tickets", partner, orgs + "/tickets", ticket("Commande A"),
                        ticket("Commande B"), null),
                new Case("/api/v1/orgs/{org}/tickets/{ticketId}/comments", partner, orgs + "/tickets/" + ticket + "/comments",
                        Map.of("body", "Livraison prévue lundi"), Map.of("body", "Livraison prévue mardi"), null),
                new Case("/api/v1/orgs/{org}/tickets/{ticketId}/attachments", partner,
                        orgs + "/tickets/" + ticket + "/attachments", "devis A".getBytes(StandardCharsets.UTF_8),
                        "devis B".getBytes(StandardCharsets.UTF_8), "text/plain"),
                new Case("/api/v1/orgs/{org}/articles", admin, orgs + "/articles", article("Sedna : exporter A"),
                        article("Sedna : exporter B"), null),
                new Case("/api/v1/orgs/{org}/articles/{articleId}/attachments", admin,
                        orgs + "/articles/" + article + "/attachments", "guide A".getBytes(StandardCharsets.UTF_8),
                        "guide B".getBytes(StandardCharsets.UTF_8), "text/plain"),
                new Case("/api/v1/orgs/{org}/canned-replies", admin, orgs + "/canned-replies",
                        Map.of("title", "Accusé A " + other, "body", "Bonjour {{requester}}, nous traitons {{reference}}."),
                        Map.of("title", "Accusé B " + other, "body", "Bonjour {{requester}}, c'est noté."), null),
                new Case("/api/v1/orgs/{org}/training/courses", admin, orgs + "/training/courses", course("A-" + other),
                        course("B-" + other), null),
                new Case("/api/v1/orgs/{org}/training/sessions", admin, orgs + "/training/sessions", session(),
                        withCapacity(session(), 12), null),
                new Case("/api/v1/orgs/{org}/training/trainers", admin, orgs + "/training/trainers",
                        Map.of("personId", trainerPerson, "kind", "INDEPENDENT"),
                        Map.of("personId", trainerPerson, "kind", "STAFF"), null),
                new Case("/api/v1/orgs/{org}/training/sessions/{sessionId}/enrolments", admin,
                        orgs + "/training/sessions/" + session + "/enrolments", enrolment(learnerA), enrolment(learnerB),
                        null),
                new Case("/api/v1/orgs/{org}/training/members/{memberId}/sessions/{sessionId}/agreement/acceptances",
                        () -> as(user("contact", org)), agreement + "/acceptances",
                        Map.of("version", as(user("contact", org)).get(agreement).path("version")),
                        Map.of("version", "0000000000000000"), null),
                new Case("/api/v1/orgs/{org}/mission/purposes", admin, orgs + "/mission/purposes",
                        Map.of("text", "Raison d'être A", "adoptedOn", "2023-06-30"),
                        Map.of("text", "Raison d'être B", "adoptedOn", "2023-06-30"), null),
                new Case("/api/v1/orgs/{org}/mission/objectives", admin, orgs + "/mission/objectives",
                        Map.of("code", "A-" + other, "title", "A"), Map.of("code", "B-" + other, "title", "B"), null),
                new Case("/api/v1/orgs/{org}/mission/indicators", admin, orgs + "/mission/indicators", indicator(null),
                        indicator("training.sessions.open-source-share"), null),
                new Case("/api/v1/orgs/{org}/mission/indicators/{indicatorId}/measurements", admin,
                        orgs + "/mission/indicators/" + indicator + "/measurements", Map.of("year", 2024, "value", 1),
                        Map.of("year", 2024, "value", 2), null),
                new Case("/api/v1/orgs/{org}/mission/indicators/{indicatorId}/snapshots", admin,
                        orgs + "/mission/indicators/" + computedIndicator + "/snapshots", Map.of("year", 2024),
                        Map.of("year", 2025), null),
                new Case("/api/v1/orgs/{org}/mission/committee/members", admin, orgs + "/mission/committee/members",
                        Map.of("name", "A " + other, "role", "MEMBER", "termStart", "2024-12-01"),
                        Map.of("name", "B " + other, "role", "MEMBER", "termStart", "2024-12-01"), null),
                new Case("/api/v1/orgs/{org}/mission/committee/meetings", admin, orgs + "/mission/committee/meetings",
                        Map.of("heldOn", "2024-12-18", "title", "Réunion A"),
                        Map.of("heldOn", "2024-12-18", "title", "Réunion B"), null),
                new Case("/api/v1/orgs/{org}/mission/sesame", admin, orgs + "/mission/sesame", Map.of("year", 2030),
                        Map.of("year", 2031), null),
                new Case("/api/v1/orgs/{org}/mission/verifications", admin, orgs + "/mission/verifications",
                        Map.of("periodFrom", "2024-01-01", "periodTo", "2025-12-31", "verifier", "OTI A"),
                        Map.of("periodFrom", "2024-01-01", "periodTo", "2025-12-31", "verifier", "OTI B"), null),
                new Case("/api/v1/orgs/{org}/training/complaints", admin, orgs + "/training/complaints",
                        Map.of("kind", "INCIDENT", "receivedOn", "2024-02-12", "source", "TRAINER", "subject", "A",
                                "status", "OPEN"),
                        Map.of("kind", "INCIDENT", "receivedOn", "2024-02-12", "source", "TRAINER", "subject", "B",
                                "status", "OPEN"), null),
                new Case("/api/v1/orgs/{org}/training/improvements", admin, orgs + "/training/improvements",
                        Map.of("title", "A", "origin", "SURVEY", "status", "PLANNED"),
                        Map.of("title", "B", "origin", "SURVEY", "status", "PLANNED"), null),
                new Case("/api/v1/orgs/{org}/inclusion/lots", admin, orgs + "/inclusion/lots", lot("A"), lot("B"), null),
                new Case("/api/v1/orgs/{org}/inclusion/lots/{lotId}/items", admin, orgs + "/inclusion/lots/" + lot + "/items",
                        Map.of("serialNumber", "A-" + other), Map.of("serialNumber", "B-" + other), null),
                new Case("/api/v1/orgs/{org}/inclusion/beneficiaries", admin, orgs + "/inclusion/beneficiaries",
                        Map.of("name", "A", "commune", "Linxe", "eligibility", "SENIOR"),
                        Map.of("name", "B", "commune", "Linxe", "eligibility", "SENIOR"), null),
                new Case("/api/v1/orgs/{org}/inclusion/loans", admin, orgs + "/inclusion/loans", loan(devices.get(0)),
                        loan(devices.get(1)), null),
                new Case("/api/v1/orgs/{org}/inclusion/diagnostic/campaigns", admin, orgs + "/inclusion/diagnostic/campaigns",
                        Map.of("memberId", member, "title", "Diagnostic A"), Map.of("memberId", member, "title", "Diagnostic B"),
                        null),
                new Case("/api/v1/orgs/{org}/inclusion/diagnostic/campaigns/{campaignId}/participants", admin,
                        orgs + "/inclusion/diagnostic/campaigns/" + campaign + "/participants", Map.of("personId", agentA),
                        Map.of("personId", agentB), null));
    }

    private static Map<String, Object> lot(String label) {
        return Map.of("label", label, "origin", "Département des Landes", "reconditioner", "Régie de Quartiers",
                "deviceKind", "LAPTOP", "quantity", 10, "receivedOn", "2024-09-16");
    }

    private Map<String, Object> loan(String item) {
        return Map.of("itemId", item, "beneficiaryId", beneficiary, "enrolmentIds", List.of(pathEnrolment));
    }

    /** The endpoints proven below; {@link #every_idempotent_endpoint_has_a_case_above} keeps it complete. */
    static Stream<String> endpoints() {
        return Stream.of("/api/v1/orgs", "/api/v1/orgs/{org}/people", "/api/v1/orgs/{org}/members",
                "/api/v1/orgs/{org}/members/{memberId}/subscriptions", "/api/v1/orgs/{org}/teams",
                "/api/v1/orgs/{org}/services", "/api/v1/orgs/{org}/api-clients", "/api/v1/orgs/{org}/webhooks",
                "/api/v1/orgs/{org}/ticketing/categories", "/api/v1/orgs/{org}/tickets",
                "/api/v1/orgs/{org}/tickets/{ticketId}/comments", "/api/v1/orgs/{org}/tickets/{ticketId}/attachments",
                "/api/v1/orgs/{org}/training/courses", "/api/v1/orgs/{org}/training/sessions",
                "/api/v1/orgs/{org}/training/trainers", "/api/v1/orgs/{org}/training/sessions/{sessionId}/enrolments",
                "/api/v1/orgs/{org}/training/members/{memberId}/sessions/{sessionId}/agreement/acceptances",
                "/api/v1/orgs/{org}/mission/purposes", "/api/v1/orgs/{org}/mission/objectives",
                "/api/v1/orgs/{org}/mission/indicators", "/api/v1/orgs/{org}/mission/indicators/{indicatorId}/measurements",
                "/api/v1/orgs/{org}/mission/indicators/{indicatorId}/snapshots",
                "/api/v1/orgs/{org}/mission/committee/members", "/api/v1/orgs/{org}/mission/committee/meetings",
                "/api/v1/orgs/{org}/mission/sesame", "/api/v1/orgs/{org}/mission/verifications",
                "/api/v1/orgs/{org}/training/complaints", "/api/v1/orgs/{org}/training/improvements",
                "/api/v1/orgs/{org}/articles", "/api/v1/orgs/{org}/articles/{articleId}/attachments",
                "/api/v1/orgs/{org}/canned-replies", "/api/v1/orgs/{org}/inclusion/lots",
                "/api/v1/orgs/{org}/inclusion/lots/{lotId}/items", "/api/v1/orgs/{org}/inclusion/beneficiaries",
                "/api/v1/orgs/{org}/inclusion/loans", "/api/v1/orgs/{org}/inclusion/diagnostic/campaigns",
                "/api/v1/orgs/{org}/inclusion/diagnostic/campaigns/{campaignId}/participants");
    }

    @ParameterizedTest(name = "POST {0}")
    @MethodSource("endpoints")
    void the_same_key_replays_and_another_body_is_refused(String endpoint) {
        Case c = cases().filter(k -> k.template().equals(endpoint)).findFirst().orElseThrow();
        String key = UUID.randomUUID().toString();
        Response first = send(c, key, c.body());
        first.then().statusCode(201);
        Response replay = send(c, key, c.body());
        replay.then().statusCode(201).header(IdempotencyInterceptor.REPLAYED, "true");
        assertEquals(first.asString(), replay.asString(), "the replay is the first response");
        assertEquals(first.header("Location"), replay.header("Location"));
        String location = first.header("Location");
        if (location != null && c.template().startsWith("/api/v1/orgs/{org}/")) {
            assertTrue(location.contains("/api/v1/orgs/" + org + "/"), () -> "Location names the organisation: " + location);
            Response read = as(admin(org)).accept("*/*").get(location);
            assertEquals(200, read.statusCode(), location);
            if (read.contentType().startsWith("application/json")) {
                sameInstants(first.jsonPath().getMap("$"), read.jsonPath().getMap("$"), location);
            }
        }
        assertEquals(first.header("ETag"), replay.header("ETag"));

        send(c, key, c.otherBody()).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(key));
        // Nothing was created by the refused call: the other body, sent with a fresh key, is still new.
        Response fresh = send(c, UUID.randomUUID().toString(), c.otherBody());
        assertTrue(fresh.statusCode() == 201 || fresh.statusCode() == 409, "status " + fresh.statusCode());
        if (fresh.statusCode() == 201) {
            assertTrue(!first.asString().equals(fresh.asString()), "a new resource");
        }
    }

    /** An instant answered by the POST is the one every later read answers: one precision from write to read. */
    private static void sameInstants(Map<String, Object> written, Map<String, Object> read, String where) {
        written.forEach((name, value) -> {
            if (value instanceof String text && INSTANT.matcher(text).matches() && read.containsKey(name)) {
                assertEquals(text, read.get(name), where + " " + name);
            }
        });
    }

    private static final Pattern INSTANT = Pattern
            .compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    @Test
    void every_idempotent_endpoint_has_a_case_above() {
        Set<String> proven = endpoints().collect(Collectors.toCollection(TreeSet::new));
        assertEquals(proven, cases().map(Case::template).collect(Collectors.toCollection(TreeSet::new)));
        Set<String> idempotent = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.passerelle.api").stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Idempotent.class) && m.isAnnotatedWith(POST.class))
                .map(IdempotentPostsTest::template)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(idempotent, proven);
    }

    private static String template(JavaMethod m) {
        String base = m.getOwner().getAnnotationOfType(Path.class).value();
        return m.tryGetAnnotationOfType(Path.class).map(p -> base + p.value()).orElse(base);
    }

    private Response send(Case c, String key, Object body) {
        RequestSpecification request = c.caller().get().header(IdempotencyInterceptor.HEADER, key);
        if (c.contentType() != null) {
            request.contentType(c.contentType()).queryParam("filename", "devis.txt");
        }
        return (body instanceof byte[] bytes ? request.body(bytes) : request.body(body)).post(c.path());
    }

    private RequestSpecification partner() {
        return given().auth().oauth2(partnerToken).contentType("application/json");
    }

    private Map<String, Object> ticket(String title) {
        return Map.of("type", "PURCHASE_ORDER", "memberId", member, "categoryId", category, "title", title,
                "description", "Commande passée par l'ERP", "orderLines",
                List.of(Map.of("item", "Toner HP 305A", "quantity", 4)));
    }

    private static Map<String, Object> course(String code) {
        return Map.of("code", code, "title", "Accompagner les usagers", "objectives", "Identifier les besoins",
                "durationHours", 14, "modality",
                "VIRTUAL_CLASSROOM", "programmeType", "CATALOGUE");
    }

    private Map<String, Object> session() {
        return new HashMap<>(Map.of("courseId", course, "capacity", 20, "trainerIds", List.of(trainerPerson),
                "slots", List.of(Map.of("day", "2027-03-02", "half", "MORNING", "start", "09:00", "end", "12:30"))));
    }

    private static Map<String, Object> withCapacity(Map<String, Object> session, int capacity) {
        session.put("capacity", capacity);
        return session;
    }

    /** A mission indicator of the world's objective, typed in or computed by {@code source}. */
    private Map<String, Object> indicator(String source) {
        Map<String, Object> body = new HashMap<>(Map.of("objectiveId", objective, "name", "Indicateur " + source,
                "type", "RESULT", "unit", "%", "direction", "AT_LEAST"));
        if (source != null) {
            body.put("sourceKey", source);
        }
        return body;
    }

    private static Map<String, Object> enrolment(String learner) {
        return Map.of("learnerId", learner, "traineeType", "EMPLOYEE", "fundingSource", "OPCO");
    }

    Map<String, Object> article(String title) {
        return Map.of("title", title, "body", "Depuis le portail, ouvrez « Mon compte ».", "categoryId", category,
                "visibility", "PUBLIC");
    }

}
