package org.passerelle.api.inclusion;

import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Mon ordi Pin40 programme built through the API as the organisation's admin: lots from a reconditioning
 * association, devices, beneficiaries who signed the charter, learners enrolled in a course, loans.
 */
public final class Equipment {

    public static final String INCLUSION = "/api/v1/orgs/{org}/inclusion";
    private static final String TRAINING = "/api/v1/orgs/{org}/training";

    private final String org;

    public Equipment(String org) {
        this.org = org;
    }

    public String lot(int quantity) {
        return created(INCLUSION + "/lots", Map.of("label", "Gisement 2024", "origin", "Département des Landes — gisement 2024",
                "reconditioner", "Le comptoir de l'électroménager solidaire (Saint-Paul-lès-Dax)", "deviceKind", "LAPTOP",
                "quantity", quantity, "receivedOn", "2024-09-16"));
    }

    public String item(String lot, String serial) {
        return as(admin(org)).body(Map.of("serialNumber", serial, "model", "Lenovo ThinkPad T480"))
                .post(INCLUSION + "/lots/{l}/items", org, lot).then().statusCode(201).extract().path("id");
    }

    /** A beneficiary of {@code commune}, referred by {@code memberId} (null: none), charter signed. */
    public String beneficiary(String name, String commune, String memberId) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "commune", commune, "eligibility",
                "MINIMA_SOCIAUX", "charterSignedOn", "2025-01-15"));
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        return created(INCLUSION + "/beneficiaries", body);
    }

    /** A published course of {@code hours}, and an open session of it with room for everyone. */
    public String session(String code, String title, int hours) {
        String course = created(TRAINING + "/courses", Map.of("code", code, "title", title, "objectives",
                "Utiliser un ordinateur au quotidien", "durationHours", hours, "modality", "IN_PERSON",
                "programmeType", "CATALOGUE", "published", true));
        String session = created(TRAINING + "/sessions", Map.of("courseId", course, "capacity", 30,
                "slots", List.of(Map.of("day", "2025-03-04", "half", "MORNING", "start", "09:00", "end", "12:30"))));
        as(admin(org)).header("If-Match", "\"0\"").post(TRAINING + "/sessions/{s}/open", org, session).then()
                .statusCode(200);
        return session;
    }

    /** A learner of the organisation (a person who can be a beneficiary's self in training). */
    public String learner(String name) {
        return created("/api/v1/orgs/{org}/people", Map.of("email", name + "@" + org + ".test", "name", name,
                "roles", List.of("learner")));
    }

    public String enrol(String session, String learner) {
        return created(TRAINING + "/sessions/" + session + "/enrolments", Map.of("learnerId", learner,
                "traineeType", "JOBSEEKER", "fundingSource", "PUBLIC_AUTHORITY"));
    }

    /** The enrolment completed, with {@code minutes} of self-paced time reported. */
    public void complete(String enrolment, int minutes) {
        as(admin(org)).body(Map.of("timeSpentMinutes", minutes, "progressPercent", 100))
                .put(TRAINING + "/enrolments/{e}/progress", org, enrolment).then().statusCode(200);
        String etag = as(admin(org)).get(TRAINING + "/enrolments/{e}", org, enrolment).then().statusCode(200)
                .extract().header("ETag");
        as(admin(org)).header("If-Match", etag).post(TRAINING + "/enrolments/{e}/complete", org, enrolment).then()
                .statusCode(200);
    }

    public String lend(String item, String beneficiary, List<String> enrolments, String lentOn) {
        return created(INCLUSION + "/loans", Map.of("itemId", item, "beneficiaryId", beneficiary,
                "enrolmentIds", enrolments, "lentOn", lentOn));
    }

    /** A step of the loan ({@code complete}, {@code transfer}, {@code abandon}, {@code return}) dated {@code on}. */
    public io.restassured.response.ValidatableResponse step(String loan, String step, String on) {
        String etag = as(admin(org)).get(INCLUSION + "/loans/{l}", org, loan).then().statusCode(200).extract()
                .header("ETag");
        return as(admin(org)).header("If-Match", etag).body(Map.of("on", on))
                .post(INCLUSION + "/loans/{l}/" + step, org, loan).then();
    }

    private String created(String path, Map<String, ?> body) {
        return as(admin(org)).body(body).post(path, org).then().statusCode(201).extract().path("id");
    }
}
