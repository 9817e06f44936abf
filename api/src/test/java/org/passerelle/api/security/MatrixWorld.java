package org.passerelle.api.security;

import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import jakarta.enterprise.inject.spi.CDI;

import org.passerelle.api.security.AuthorizationTable.Caller;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.ServedOperations.Operation;
import org.passerelle.api.support.Tokens;
import org.passerelle.ticketing.intake.InboundMail;
import org.passerelle.ticketing.intake.MailIntake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;

/**
 * One organisation with an object behind every path parameter of the API and a person for each role, built
 * through the API as its admin. The restricted callers own the objects of {@link #ids} (the requester's
 * structure filed the ticket, the learner holds the enrolment, the trainer teaches the session, the committee
 * member holds a seat); {@link #hidden} names, per caller, objects of the same organisation it may not see.
 */
final class MatrixWorld {

    static final int YEAR = 2025;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final String org;
    /** Path parameter → id of the callers' own objects. */
    final Map<String, String> ids = new HashMap<>();
    /** Per caller: path parameter → an object of this organisation the caller may not see. */
    final Map<Caller, Map<String, String>> hidden = new EnumMap<>(Caller.class);
    /** Role → person id, for request bodies that name people. */
    final Map<String, String> people = new HashMap<>();

    private MatrixWorld(String org) {
        this.org = org;
    }

    static MatrixWorld build(String prefix) {
        MatrixWorld w = new MatrixWorld(Fixtures.organisation(prefix));
        w.people.put("admin", as(admin(w.org)).get("/api/v1/me").path("personId"));
        w.ids.put("year", Integer.toString(YEAR));
        w.ids.put("kind", "HOT");
        w.ids.put("key", "training.trainers.active");
        w.ids.put("template", "training-convocation");
        w.ids.put("language", "fr");
        w.directory();
        w.desk();
        w.knowledge();
        w.training();
        w.mission();
        w.equipment();
        w.diagnostic();
        return w;
    }

    /** The world's name for a path parameter: two parameters are called memberId. */
    static String worldKey(Operation op, String parameter) {
        return parameter.equals("memberId") && op.template().contains("/committee/members/") ? "committeeMemberId"
                : parameter;
    }

    String user(Caller caller) {
        return switch (caller) {
            case ADMIN -> admin(org);
            case OUTSIDER -> "outsider@matrix.test";
            case PLATFORM_ADMIN -> Tokens.PLATFORM_ADMIN;
            default -> Fixtures.user(caller.name().toLowerCase(), org);
        };
    }

    /**
     * New objects behind {@code key}, owned like the world's (the requester's structure files the ticket, the
     * trainer teaches the session, the learner holds the enrolment), for a call that may change them for good:
     * delete, cancel, close, drop. Each caller then acts on the world as the table describes it.
     */
    Map<String, String> freshFor(String key) {
        return switch (key) {
            case "ticketId" -> Map.of("ticketId", ticket("requester", "Demande " + SEQUENCE.incrementAndGet()));
            case "sessionId", "slotId", "enrolmentId" -> {
                String session = session(people.get("trainer"));
                yield Map.of("sessionId", session, "slotId", slot(session), "enrolmentId",
                        enrol(session, people.get("learner"), ids.get("memberId")));
            }
            default -> Map.of(key, fresh(key));
        };
    }

    private String fresh(String key) {
        int n = SEQUENCE.incrementAndGet();
        return switch (key) {
            case "clientId" -> created("/api-clients", Map.of("clientId", "mx-client-" + n, "name", "Client " + n,
                    "roles", List.of("partner")));
            case "memberId" -> created("/members", Map.of("name", "Mairie " + n, "kind", "COMMUNE"));
            case "subscriptionId" -> created("/members/" + ids.get("memberId") + "/subscriptions",
                    Map.of("serviceId", fresh("serviceId"), "startsOn", "2024-01-01"));
            case "committeeMemberId" -> created("/mission/committee/members", Map.of("name", "Membre " + n,
                    "role", "MEMBER", "employee", false, "termStart", "2024-12-01"));
            case "meetingId" -> created("/mission/committee/meetings", Map.of("heldOn", "2025-03-18",
                    "title", "Réunion " + n));
            case "indicatorId" -> created("/mission/indicators", Map.of("objectiveId", ids.get("objectiveId"),
                    "name", "Indicateur " + n, "type", "RESULT", "unit", "%", "direction", "AT_LEAST"));
            case "objectiveId" -> created("/mission/objectives", Map.of("code", "9." + n, "title", "Objectif " + n));
            case "personId" -> person("subject-" + n, List.of("agent"), null, false);
            case "serviceId" -> created("/services", Map.of("code", "SVC-" + n, "name", "Service " + n,
                    "teamId", ids.get("teamId")));
            case "teamId" -> created("/teams", Map.of("name", "Pôle " + n));
            case "courseId" -> created("/training/courses", course("FRESH-" + n));
            case "webhookId" -> webhook("http://localhost:9/hook-" + n);
            case "articleId" -> article("Article " + n);
            case "token" -> ratingToken();
            case "template", "language" -> ids.get(key); // a mail template is named, not created
            case "replyId" -> created("/canned-replies", Map.of("title", "Réponse " + n, "body", "Bonjour {{requester}}",
                    "teamId", ids.get("teamId")));
            default -> throw new IllegalArgumentException("No fresh " + key);
        };
    }

    /** Replaces, in a request body (an example of the OpenAPI document), every id by one of the world's objects. */
    void useIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String name = names.next();
                JsonNode value = object.get(name);
                String id = idFor(name);
                if (name.equals("slug") && value.isTextual()) {
                    // The example's slug is the demo agency's: a created organisation must not take it.
                    object.put(name, "matrix-" + UUID.randomUUID().toString().substring(0, 8));
                } else if (id != null && value.isTextual()) {
                    object.put(name, id);
                } else if (id != null && value.isArray()) {
                    ArrayNode ids = object.putArray(name);
                    ids.add(id);
                } else {
                    useIds(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::useIds);
        }
    }

    private String idFor(String property) {
        return switch (property) {
            case "learnerId" -> people.get("learner");
            case "assigneeId" -> people.get("agent");
            case "trainerIds" -> people.get("trainer");
            case "attendeeIds" -> ids.get("committeeMemberId");
            case "originalId", "otherId" -> ids.get("otherTicketId");
            case "parentId" -> ids.get("objectiveId");
            default -> property.endsWith("Id") ? ids.get(property) : null;
        };
    }

    private void directory() {
        String team = created("/teams", Map.of("name", "Pôle Service Logiciels"));
        ids.put("teamId", team);
        ids.put("serviceId", created("/services", Map.of("code", "FIN-KAILA", "name", "Finances (AFI) Kaila",
                "teamId", team)));
        ids.put("memberId", created("/members", Map.of("name", "Mairie de Capbreton", "kind", "COMMUNE")));
        ids.put("otherMemberId", created("/members", Map.of("name", "Mairie de Soustons", "kind", "COMMUNE")));
        ids.put("subscriptionId", subscribe(ids.get("memberId")));
        subscribe(ids.get("otherMemberId"));
        people.put("agent", person("agent", List.of("agent"), null, false));
        people.put("trainer", person("trainer", List.of("trainer"), null, false));
        people.put("otherTrainer", person("trainer2", List.of("trainer"), null, false));
        people.put("requester", person("requester", List.of("requester"), ids.get("memberId"), true));
        person("requester2", List.of("requester"), ids.get("otherMemberId"), true);
        people.put("learner", person("learner", List.of("learner"), ids.get("memberId"), false));
        people.put("otherLearner", person("learner2", List.of("learner"), ids.get("otherMemberId"), false));
        people.put("committee", person("committee", List.of("committee"), null, false));
        people.put("auditor", person("auditor", List.of("auditor"), null, false));
        ids.put("personId", person("subject", List.of("agent"), null, false));
        created("/api-clients", Map.of("clientId", Tokens.clientId(), "name", "ERP", "roles", List.of("partner")));
        ids.put("clientId", created("/api-clients", Map.of("clientId", "mx-lms", "name", "LMS",
                "roles", List.of("partner"))));
        ids.put("webhookId", webhook("http://localhost:9/hook"));
    }

    private void desk() {
        ids.put("categoryId", created("/ticketing/categories", Map.of("name", "Finances", "teamId", ids.get("teamId"),
                "serviceId", ids.get("serviceId"), "defaultLevel", "N1")));
        ids.put("ticketId", ticket("requester", "Mandat bloqué à la validation"));
        ids.put("otherTicketId", ticket("requester", "Bulletins de paie de mars"));
        String theirs = ticket("requester2", "Inscriptions à la cantine");
        ids.put("attachmentId", attach("requester", ids.get("ticketId")));
        String theirAttachment = attach("requester2", theirs);
        hidden.put(Caller.REQUESTER, Map.of("ticketId", theirs, "attachmentId", theirAttachment,
                "memberId", ids.get("otherMemberId")));
        ids.put("deliveryId", as(admin(org)).get("/api/v1/orgs/{org}/webhooks/{id}/deliveries", org,
                ids.get("webhookId")).then().statusCode(200).extract().path("items[0].id"));
        ids.put("token", ratingToken());
    }

    /** The link of the satisfaction invitation a resolved ticket's requester was e-mailed (read in the outbox). */
    private String ratingToken() {
        String ticket = ticket("requester", "Demande " + SEQUENCE.incrementAndGet());
        action("/tickets/" + ticket + "/take", "/tickets/" + ticket);
        action("/tickets/" + ticket + "/resolve", "/tickets/" + ticket);
        String reference = as(admin(org)).get("/api/v1/orgs/{org}/tickets/{t}", org, ticket).path("reference");
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        String body = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select body from"
                + " mail_outbox where template = 'mail/ticket-resolved' and subject like ?1"
                + " and org_id = (select id from organisations where slug = ?2)")
                .setParameter(1, "[" + reference + "]%").setParameter(2, org).getSingleResult());
        Matcher link = Pattern.compile("/public/rating/([A-Za-z0-9_-]+)").matcher(body);
        if (!link.find()) {
            throw new IllegalStateException("No rating link in " + body);
        }
        return link.group(1);
    }

    /** A published PUBLIC article with a file (every reader reads it), and a canned reply of the team. */
    private void knowledge() {
        ids.put("articleId", article("Mandat bloqué à la validation"));
        ids.put("number", "1");
        ids.put("fileId", as(admin(org)).contentType("text/plain").queryParam("filename", "procedure.txt")
                .body("Procédure".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/orgs/{org}/articles/{a}/attachments", org, ids.get("articleId")).then().statusCode(201)
                .extract().path("id"));
        ids.put("replyId", fresh("replyId"));
        ids.put("quarantineId", quarantined());
    }

    /** A mail from an unknown sender, received by the organisation's mailbox: the intake quarantines it. */
    private String quarantined() {
        UUID orgId = UUID.fromString(as(admin(org)).get("/api/v1/orgs/{org}", org).path("id"));
        InboundMail mail = new InboundMail("<mx-" + UUID.randomUUID() + "@ailleurs.test>", "inconnu@ailleurs.test",
                "Question", "Bonjour.", "", null, List.of());
        CDI.current().select(MailIntake.class).get().receive(orgId, UUID.fromString(ids.get("categoryId")), mail);
        return as(admin(org)).get("/api/v1/orgs/{org}/mail-quarantine", org).then().statusCode(200)
                .extract().path("items[0].id");
    }

    private String article(String title) {
        String id = created("/articles", Map.of("title", title, "body", "Vérifiez le disponible de la ligne.",
                "categoryId", ids.get("categoryId"), "visibility", "PUBLIC"));
        action("/articles/" + id + "/publish", "/articles/" + id);
        return id;
    }

    private void training() {
        ids.put("courseId", created("/training/courses", course("MX-1")));
        ids.put("trainerId", created("/training/trainers", Map.of("personId", people.get("trainer"),
                "kind", "INDEPENDENT")));
        created("/training/trainers", Map.of("personId", people.get("otherTrainer"), "kind", "INDEPENDENT"));
        // The learner's session, open, taught by the trainer; another learner's, running, taught by another trainer.
        String session = session(people.get("trainer"));
        ids.put("sessionId", session);
        ids.put("slotId", slot(session));
        ids.put("enrolmentId", enrol(session, people.get("learner"), ids.get("memberId")));
        String theirs = session(people.get("otherTrainer"));
        String theirEnrolment = enrol(theirs, people.get("otherLearner"), ids.get("otherMemberId"));
        action("/training/sessions/" + theirs + "/start", "/training/sessions/" + theirs);
        Map<String, String> notTheirs = Map.of("sessionId", theirs, "slotId", slot(theirs), "enrolmentId",
                theirEnrolment);
        hidden.put(Caller.TRAINER, notTheirs);
        Map<String, String> notTheLearners = new HashMap<>(notTheirs);
        notTheLearners.put("memberId", ids.get("otherMemberId"));
        hidden.put(Caller.LEARNER, notTheLearners);
        // The requester is its structure's contact: another structure's agent's enrolment, and a session not open
        // for enrolment, are hidden from it. It accepted its structure's agreement for the learner's session.
        Map<String, String> notTheStructures = new HashMap<>(hidden.get(Caller.REQUESTER));
        notTheStructures.put("enrolmentId", theirEnrolment);
        notTheStructures.put("sessionId", theirs);
        hidden.put(Caller.REQUESTER, notTheStructures);
        ids.put("acceptanceId", acceptAgreement(session));
        ids.put("complaintId", created("/training/complaints", Map.of("kind", "INCIDENT", "receivedOn", "2025-02-12",
                "source", "TRAINER", "subject", "Son inaudible", "status", "OPEN")));
        ids.put("improvementId", created("/training/improvements", Map.of("title", "Casques fournis",
                "origin", "SURVEY", "status", "PLANNED")));
    }

    /** The requester, its structure's contact, accepts the structure's agreement for the session as it reads it. */
    private String acceptAgreement(String session) {
        String agreement = "/api/v1/orgs/" + org + "/training/members/" + ids.get("memberId") + "/sessions/" + session
                + "/agreement";
        String version = as(Fixtures.user("requester", org)).get(agreement).then().statusCode(200).extract()
                .path("version");
        return as(Fixtures.user("requester", org)).body(Map.of("version", version)).post(agreement + "/acceptances")
                .then().statusCode(201).extract().path("id");
    }

    private void mission() {
        created("/mission/purposes", Map.of("text", "Laisser toute sa place à la singularité", "adoptedOn", "2023-06-30"));
        String statutory = created("/mission/objectives", Map.of("code", "1", "title", "Le partage du numérique"));
        ids.put("objectiveId", created("/mission/objectives", Map.of("code", "1.1", "parentId", statutory,
                "title", "Co-concevoir des logiciels inclusifs")));
        as(admin(org)).body(Map.of("planned", "Former les formateurs", "progress", "STARTED"))
                .put("/api/v1/orgs/{org}/mission/objectives/{o}/actions/{y}", org, ids.get("objectiveId"), YEAR)
                .then().statusCode(200);
        ids.put("indicatorId", created("/mission/indicators", Map.of("objectiveId", ids.get("objectiveId"),
                "name", "Stagiaires satisfaits", "type", "RESULT", "unit", "%", "direction", "AT_LEAST")));
        ids.put("measurementId", created("/mission/indicators/" + ids.get("indicatorId") + "/measurements",
                Map.of("year", YEAR, "value", 86.3)));
        as(admin(org)).contentType("text/plain").body("Bilan 2025".getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/orgs/{org}/mission/measurements/{m}/evidence", org, ids.get("measurementId"))
                .then().statusCode(200);
        as(admin(org)).body(Map.of("findings", "Objectifs globalement atteints."))
                .put("/api/v1/orgs/{org}/mission/reports/{y}/findings", org, YEAR).then().statusCode(200);
        created("/mission/committee/members", Map.of("personId", people.get("committee"), "name", "Présidence",
                "role", "PRESIDENT", "employee", false, "termStart", "2024-12-01"));
        ids.put("committeeMemberId", created("/mission/committee/members", Map.of("name", "Membre externe",
                "role", "MEMBER", "employee", true, "termStart", "2024-12-01")));
        ids.put("meetingId", created("/mission/committee/meetings", Map.of("heldOn", "2025-03-18",
                "title", "Réunion du comité")));
        created("/mission/sesame", Map.of("year", YEAR));
        action("/mission/sesame/" + YEAR + "/close", "/mission/sesame/" + YEAR);
        ids.put("verificationId", created("/mission/verifications", Map.of("periodFrom", "2024-01-01",
                "periodTo", "2025-12-31", "verifier", "OTI accrédité")));
    }

    /**
     * A lot, its devices, and a loan to a beneficiary referred by the requester's structure; another structure's
     * beneficiary and loan are hidden from the requester.
     */
    private void equipment() {
        ids.put("lotId", created("/inclusion/lots", Map.of("label", "Gisement 2024", "origin", "Département des Landes",
                "reconditioner", "Régie de Quartiers Bois & Services", "deviceKind", "LAPTOP", "quantity", 10,
                "receivedOn", "2024-09-16")));
        ids.put("itemId", created("/inclusion/lots/" + ids.get("lotId") + "/items", Map.of("serialNumber", "MX-PF-1")));
        String otherItem = created("/inclusion/lots/" + ids.get("lotId") + "/items", Map.of("serialNumber", "MX-PF-2"));
        ids.put("beneficiaryId", beneficiary(ids.get("memberId")));
        String theirs = beneficiary(ids.get("otherMemberId"));
        ids.put("loanId", created("/inclusion/loans", Map.of("itemId", ids.get("itemId"), "beneficiaryId",
                ids.get("beneficiaryId"), "enrolmentIds", List.of(ids.get("enrolmentId")))));
        String theirLoan = created("/inclusion/loans", Map.of("itemId", otherItem, "beneficiaryId", theirs,
                "enrolmentIds", List.of(ids.get("enrolmentId"))));
        Map<String, String> notTheRequesters = new HashMap<>(hidden.get(Caller.REQUESTER));
        notTheRequesters.put("beneficiaryId", theirs);
        notTheRequesters.put("loanId", theirLoan);
        hidden.put(Caller.REQUESTER, notTheRequesters);
    }

    private String beneficiary(String memberId) {
        return created("/inclusion/beneficiaries", Map.of("name", "Bénéficiaire " + SEQUENCE.incrementAndGet(),
                "commune", "Capbreton", "memberId", memberId, "eligibility", "MINIMA_SOCIAUX",
                "charterSignedOn", "2025-02-03"));
    }

    /**
     * A diagnostic campaign of the requester's structure, with the learner as participant and a course proposed for
     * its weakest competence; the same for the other structure, hidden from the requester.
     */
    private void diagnostic() {
        as(admin(org)).body(Map.of("courseId", ids.get("courseId"), "competences", List.of("4.1")))
                .post("/api/v1/orgs/{org}/inclusion/diagnostic/course-competences", org).then().statusCode(200);
        String[] mine = diagnosticCampaign(ids.get("memberId"), people.get("learner"));
        ids.put("campaignId", mine[0]);
        ids.put("proposalId", mine[1]);
        String[] theirs = diagnosticCampaign(ids.get("otherMemberId"), people.get("otherLearner"));
        hidden.put(Caller.REQUESTER, new HashMap<>(hidden.getOrDefault(Caller.REQUESTER, Map.of())));
        hidden.get(Caller.REQUESTER).putAll(Map.of("campaignId", theirs[0], "proposalId", theirs[1]));
    }

    /** A campaign of {@code memberId} where {@code learner} reached level 1 in 4.1: its id and its proposal's. */
    private String[] diagnosticCampaign(String memberId, String learner) {
        String campaign = created("/inclusion/diagnostic/campaigns", Map.of("memberId", memberId, "title", "Diagnostic"));
        String base = "/inclusion/diagnostic/campaigns/" + campaign;
        created(base + "/participants", Map.of("personId", learner));
        as(admin(org)).body(Map.of("results", List.of(Map.of("personId", learner, "competence", "4.1", "level", 1))))
                .post("/api/v1/orgs/{org}" + base + "/results", org).then().statusCode(200);
        String proposal = as(admin(org)).post("/api/v1/orgs/{org}" + base + "/proposals", org).then().statusCode(200)
                .extract().path("items[0].id");
        return new String[] { campaign, proposal };
    }

    private String person(String role, List<String> roles, String memberId, boolean contact) {
        Map<String, Object> body = new HashMap<>(Map.of("email", Fixtures.user(role, org), "name", "Personne " + role,
                "roles", roles, "memberContact", contact));
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        return created("/people", body);
    }

    /** A webhook subscription (its creation answers the subscription and, once only, its secret). */
    private String webhook(String url) {
        return as(admin(org)).body(Map.of("url", url, "eventTypes", List.of("ticket.created")))
                .post("/api/v1/orgs/{org}/webhooks", org).then().statusCode(201).extract().path("webhook.id");
    }

    private String subscribe(String memberId) {
        return created("/members/" + memberId + "/subscriptions", Map.of("serviceId", ids.get("serviceId"),
                "startsOn", "2024-01-01"));
    }

    private String ticket(String requester, String title) {
        return as(Fixtures.user(requester, org)).body(Map.of("title", title, "description", "Depuis ce matin.",
                "categoryId", ids.get("categoryId"))).post("/api/v1/orgs/{org}/tickets", org)
                .then().statusCode(201).extract().path("id");
    }

    private String attach(String requester, String ticketId) {
        return as(Fixtures.user(requester, org)).contentType("text/plain").queryParam("filename", "capture.txt")
                .body("Message d'erreur".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/orgs/{org}/tickets/{t}/attachments", org, ticketId).then().statusCode(201).extract()
                .path("id");
    }

    private String session(String trainer) {
        String id = created("/training/sessions", Map.of("courseId", ids.get("courseId"), "capacity", 20,
                "trainerIds", List.of(trainer), "slots", List.of(Map.of("day", "2027-03-02", "half", "MORNING",
                        "start", "09:00", "end", "12:30"))));
        action("/training/sessions/" + id + "/open", "/training/sessions/" + id);
        return id;
    }

    private String slot(String session) {
        return as(admin(org)).get("/api/v1/orgs/{org}/training/sessions/{s}", org, session).path("slots[0].id");
    }

    private String enrol(String session, String learner, String memberId) {
        return created("/training/sessions/" + session + "/enrolments", Map.of("learnerId", learner,
                "memberId", memberId, "traineeType", "EMPLOYEE", "fundingSource", "EMPLOYER"));
    }

    private static Map<String, Object> course(String code) {
        return Map.of("code", code, "title", "Découvrir une suite bureautique libre", "objectives",
                "Créer et partager un document", "durationHours", 14, "modality", "VIRTUAL_CLASSROOM",
                "programmeType", "CATALOGUE", "published", true);
    }

    /** A business action as the admin, with the resource's current ETag. */
    private void action(String path, String resource) {
        String etag = as(admin(org)).get("/api/v1/orgs/" + org + resource).then().statusCode(200).extract()
                .header("ETag");
        as(admin(org)).header("If-Match", etag).post("/api/v1/orgs/" + org + path).then().statusCode(200);
    }

    private String created(String path, Map<String, ?> body) {
        RequestSpecification request = as(admin(org)).body(body);
        return request.post("/api/v1/orgs/" + org + path).then().statusCode(201).extract().path("id");
    }
}
