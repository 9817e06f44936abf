package org.passerelle.api.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;
import static org.passerelle.api.support.Fixtures.user;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * CSV downloads open by double-click in a French spreadsheet by default, and partners ask for RFC 4180. Each
 * download is parsed back with Commons CSV, as a spreadsheet or a program would read it.
 */
@QuarkusTest
class CsvDownloadsTest {

    static final String TRAINING = "/api/v1/orgs/{org}/training";
    /** A value with every character CSV must quote: separator of either dialect, double quotes, a line break. */
    static final String EMPLOYER = "Mairie de Linxe; service \"RH\", 2e étage\nbureau 12";
    static final String FORMULA = "=HYPERLINK(\"http://evil.test\";\"clic\")";

    /** An organisation, its enrolment of the learner with the tricky employer, and the other one's. */
    record Year(String org, String enrolment, String other) {
    }

    /**
     * A course at 1 234,50 € whose session straddles the switch to summer time (Sunday 31 March 2024): Friday 29
     * March 9:00–12:30, Tuesday 2 April 9:00–10:00, in the organisation's local time. Two learners attend both
     * half-days: 4.5 hours each.
     */
    static Year year(String org) {
        Map<String, Object> c = CoursesTest.course("TAB-01", "Tableur : les formules");
        c.put("priceEur", 1234.5);
        c.put("bpfObjective", "OTHER_PROFESSIONAL");
        c.put("specialityCode", "326");
        String course = CoursesTest.create(org, c);
        String session = AttendanceAndCertificatesTest.session(org, course, List.of(),
                List.of(SessionsTest.slot("2024-03-29", "MORNING", "09:00", "12:30"),
                        SessionsTest.slot("2024-04-02", "MORNING", "09:00", "10:00")));
        String enrolment = enrol(org, session, "a", EMPLOYER, Fixtures.member(org, "Mairie de Linxe"));
        String other = enrol(org, session, "b", FORMULA, null);
        String version = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract().header("ETag");
        as(admin(org)).header("If-Match", version).post(TRAINING + "/sessions/{s}/start", org, session).then()
                .statusCode(200);
        List<String> slots = as(admin(org)).get(TRAINING + "/sessions/{s}", org, session).then().extract()
                .path("slots.id");
        for (String slot : slots) {
            AttendanceAndCertificatesTest.marks(org, admin(org), session, slot,
                    List.of(AttendanceAndCertificatesTest.mark(enrolment, "PRESENT", null),
                            AttendanceAndCertificatesTest.mark(other, "PRESENT", null)));
        }
        return new Year(org, enrolment, other);
    }

    static String enrol(String org, String session, String who, String employer, String memberId) {
        Map<String, Object> body = new HashMap<>(Map.of("learnerId", AttendanceAndCertificatesTest.learner(org, who),
                "traineeType", "EMPLOYEE", "fundingSource", "OPCO", "employer", employer));
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        return as(admin(org)).body(body).post(TRAINING + "/sessions/{s}/enrolments", org, session).then()
                .statusCode(201).extract().path("id");
    }

    static byte[] download(RequestSpecification request, String org, String path) {
        return request.accept("text/csv").get(TRAINING + path, org).then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
    }

    /** A spreadsheet's reading: a UTF-8 byte-order mark, then semicolon-separated records, the first the header. */
    static List<CSVRecord> spreadsheet(byte[] body) throws IOException {
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(body, 3), "UTF-8 BOM");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords();
    }

    /** A program's reading: RFC 4180 with a header line, no byte-order mark. */
    static List<CSVRecord> rfc4180(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertFalse(text.startsWith("\uFEFF"), "no BOM for programs");
        assertTrue(text.contains("\r\n"), "CRLF record ends");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    static CSVRecord line(List<CSVRecord> records, int column, String value) {
        return records.stream().filter(r -> r.get(column).equals(value)).findFirst().orElseThrow();
    }

    @Test
    void by_default_downloads_open_in_a_french_spreadsheet() throws IOException {
        Year y = year(Fixtures.organisation("csv"));

        List<CSVRecord> attendance = spreadsheet(download(as(admin(y.org)).queryParam("year", 2024), y.org,
                "/exports/attendance"));
        assertEquals(List.of("Formation", "Identifiant de la session", "Début de la demi-journée",
                "Fin de la demi-journée", "Stagiaire", "Courriel", "Statut", "Minutes connecté", "Minutes retenues",
                "Signé le", "Contresigné le"), attendance.get(0).toList());
        // 9:00 in Paris on either side of the change to summer time (UTC+1, then UTC+2).
        assertEquals(List.of("2024-03-29 09:00:00", "2024-03-29 09:00:00", "2024-04-02 09:00:00",
                "2024-04-02 09:00:00"), attendance.stream().skip(1).map(r -> r.get(2)).toList());
        assertEquals("2024-03-29 12:30:00", attendance.get(1).get(3));

        List<CSVRecord> records = spreadsheet(download(as(admin(y.org)), y.org, "/bpf/2024/records"));
        assertEquals("Identifiant de l'inscription", records.get(0).get(0));
        CSVRecord mine = line(records, 0, y.enrolment);
        assertEquals("4,5", mine.get(8), "hours with a decimal comma");
        assertEquals("1234,50", mine.get(7));

        List<CSVRecord> enrolments = spreadsheet(download(as(admin(y.org)).queryParam("year", 2024), y.org,
                "/exports/enrolments"));
        assertEquals("Employeur", enrolments.get(0).get(7));
        assertEquals(EMPLOYER, line(enrolments, 0, y.enrolment).get(7), "quoted, read back whole");
        assertEquals("'" + FORMULA, line(enrolments, 0, y.other).get(7), "a formula is defused");
        assertEquals("2024-03-29 09:00:00", line(enrolments, 0, y.enrolment).get(3));

        List<CSVRecord> figures = spreadsheet(download(as(admin(y.org)), y.org, "/bpf/2024?format=csv"));
        assertEquals(List.of("Cadre du BPF", "Ligne", "Libellé", "Nombre", "Heures", "Montant (EUR)"),
                figures.get(0).toList());
        assertEquals(List.of("F-1", "EMPLOYEE", "", "2", "9,0", ""), line(figures, 0, "F-1").toList());
        assertEquals("2469,00", line(figures, 1, "TOTAL").get(5));
        // Every column of every download has its French label.
        for (List<CSVRecord> csv : List.of(attendance, records, enrolments, figures)) {
            assertTrue(csv.get(0).stream().noneMatch(label -> label.contains("_")), csv.get(0).toString());
        }
    }

    @Test
    void labels_are_english_on_request() throws IOException {
        String org = Fixtures.organisation("csv-en");
        List<CSVRecord> byParameter = spreadsheet(download(as(admin(org)).queryParam("lang", "en"), org,
                "/exports/attendance"));
        assertEquals("Half-day start", byParameter.get(0).get(2));
        List<CSVRecord> byHeader = spreadsheet(download(as(admin(org)).header("Accept-Language", "en-GB, fr;q=0.5"),
                org, "/exports/attendance"));
        assertEquals("Half-day start", byHeader.get(0).get(2));
        as(admin(org)).accept("text/csv").header("Accept-Language", "en").queryParam("lang", "fr")
                .get(TRAINING + "/exports/attendance", org).then().statusCode(200).header("Content-Language", "fr");
    }

    @Test
    void partners_ask_for_rfc4180_with_utc_instants_and_decimal_points() throws IOException {
        Year y = year(Fixtures.organisation("csv-rfc"));
        as(admin(y.org)).body(Map.of("clientId", Tokens.clientId(), "name", "Tableau de bord", "roles",
                List.of("auditor"))).post("/api/v1/orgs/{org}/api-clients", y.org).then().statusCode(201);
        RequestSpecification partner = io.restassured.RestAssured.given().auth().oauth2(Tokens.ofClient())
                .queryParam("dialect", "rfc4180");

        List<CSVRecord> attendance = rfc4180(download(partner.queryParam("year", 2024), y.org, "/exports/attendance"));
        assertEquals(List.of("2024-03-29T08:00:00Z", "2024-03-29T08:00:00Z", "2024-04-02T07:00:00Z",
                "2024-04-02T07:00:00Z"), attendance.stream().map(r -> r.get("slot_starts_at")).toList());
        assertEquals(List.of("course", "session_id", "slot_starts_at", "slot_ends_at", "learner", "email", "status",
                "minutes_connected", "minutes_counted", "signed_at", "countersigned_at"), attendance.get(0).getParser()
                        .getHeaderNames());

        List<CSVRecord> enrolments = rfc4180(download(io.restassured.RestAssured.given().auth()
                .oauth2(Tokens.ofClient()).queryParam("dialect", "RFC4180").queryParam("year", 2024), y.org,
                "/exports/enrolments"));
        CSVRecord mine = enrolments.stream().filter(r -> r.get("enrolment_id").equals(y.enrolment)).findFirst()
                .orElseThrow();
        assertEquals(EMPLOYER, mine.get("employer"), "round trip");
        assertEquals(FORMULA, enrolments.stream().filter(r -> r.get("enrolment_id").equals(y.other)).findFirst()
                .orElseThrow().get("employer"), "values exactly as stored");
        assertEquals(user("learner-a", y.org), mine.get("email"));
        // Names are the organisation's, read from core's directories; each half-day's lines go by learner name.
        assertEquals("Person " + user("learner-a", y.org), mine.get("learner"));
        assertEquals("Mairie de Linxe", mine.get("member"));
        assertEquals("", enrolments.stream().filter(r -> r.get("enrolment_id").equals(y.other)).findFirst()
                .orElseThrow().get("member"));
        String a = "Person " + user("learner-a", y.org);
        String b = "Person " + user("learner-b", y.org);
        assertEquals(List.of(a, b, a, b), attendance.stream().map(r -> r.get("learner")).toList());

        List<CSVRecord> records = rfc4180(download(io.restassured.RestAssured.given().auth().oauth2(Tokens.ofClient())
                .queryParam("dialect", "rfc4180"), y.org, "/bpf/2024/records"));
        assertEquals(List.of("4.5", "4.5"), records.stream().map(r -> r.get("hours")).toList());
        assertEquals("1234.50", records.get(0).get("price_eur"));
    }

    @Test
    void date_times_are_in_the_organisation_s_time_zone() throws IOException {
        String org = "csv-reunion-" + System.nanoTime();
        as(Tokens.PLATFORM_ADMIN).body(Map.of("slug", org, "name", "Réunion numérique", "kind", "ASSOCIATION",
                "timeZone", "Indian/Reunion")).post("/api/v1/orgs").then().statusCode(201);
        Fixtures.person(org, Tokens.PLATFORM_ADMIN, admin(org), List.of("admin"), null);
        year(org);
        List<CSVRecord> local = spreadsheet(download(as(admin(org)).queryParam("year", 2024), org,
                "/exports/attendance"));
        assertEquals("2024-03-29 09:00:00", local.get(1).get(2));
        List<CSVRecord> utc = rfc4180(download(as(admin(org)).queryParam("year", 2024).queryParam("dialect", "rfc4180"),
                org, "/exports/attendance"));
        assertEquals("2024-03-29T05:00:00Z", utc.get(0).get("slot_starts_at"));
    }

    @Test
    void an_unknown_dialect_or_language_is_refused() {
        String org = Fixtures.organisation("csv-bad");
        as(admin(org)).accept("text/csv").queryParam("dialect", "tsv").get(TRAINING + "/exports/attendance", org)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("dialect"));
        as(admin(org)).accept("text/csv").queryParam("lang", "de").get(TRAINING + "/bpf/2024/records", org).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", containsString("lang"));
        as(admin(org)).queryParam("dialect", "tsv").get(TRAINING + "/bpf/2024", org).then().statusCode(400)
                .body("status", equalTo(400));
    }
}
