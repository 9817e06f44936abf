package org.passerelle.api.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged application in prod mode, configured only by environment variables, against a real
 * Keycloak (the realm shipped in docs/keycloak) and a real PostgreSQL. Everything goes through HTTP with
 * tokens Keycloak issues.
 */
class ProductionEndToEndIT {

    static final String REALM_PASSWORD = "change-me";

    static EmbeddedPostgres postgres;
    static ExternalProcess keycloak;
    static ExternalProcess application;
    static String issuer;
    static String api;
    static String management;

    @BeforeAll
    static void startEverything() throws Exception {
        Path target = Path.of(System.getProperty("passerelle.e2e.application-jar")).getParent().getParent();
        postgres = EmbeddedPostgres.builder().start();

        Path keycloakHome = Path.of(System.getProperty("passerelle.e2e.keycloak-home"));
        Path imports = keycloakHome.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(Path.of(System.getProperty("passerelle.e2e.realm-file")), imports.resolve("passerelle-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        deleteRecursively(keycloakHome.resolve("data/h2"));
        int keycloakPort = ExternalProcess.freePort();
        Path jdk = Jdk.atLeast(21);
        keycloak = ExternalProcess.start("Keycloak", keycloakHome, target.resolve("e2e-keycloak.log"),
                // The client JIT only: Keycloak here serves a few dozen tokens, its start is what takes time.
                Map.of("JAVA_HOME", jdk.toString(), "PATH", jdk.resolve("bin") + ":" + System.getenv("PATH"),
                        "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1"),
                "bash", "bin/kc.sh", "start-dev", "--http-port=" + keycloakPort, "--import-realm",
                "--cache=local");
        issuer = "http://localhost:" + keycloakPort + "/realms/passerelle";
        keycloak.awaitOk(issuer + "/.well-known/openid-configuration", Duration.ofMinutes(8));

        int apiPort = ExternalProcess.freePort();
        int managementPort = ExternalProcess.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        application = ExternalProcess.start("Passerelle", target, target.resolve("e2e-application.log"), Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(apiPort),
                "QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_OIDC_AUTH_SERVER_URL", issuer,
                "QUARKUS_OIDC_CLIENT_ID", "passerelle"),
                java, "-jar", System.getProperty("passerelle.e2e.application-jar"));
        api = "http://localhost:" + apiPort;
        management = "http://localhost:" + managementPort;
        application.awaitOk(management + "/q/health/ready", Duration.ofMinutes(2));

        createOrganisationsAndPeople();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (application != null) {
            application.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void health_and_metrics_are_on_the_management_port_only() {
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready")) {
            given().get(api + path).then().statusCode(404);
        }
        given().get(management + "/q/metrics").then().statusCode(200);
        given().get(management + "/q/health/live").then().statusCode(200);
        given().get(api + "/api/v1/public/orgs/landes/courses").then().header("X-Content-Type-Options", "nosniff");
    }

    static String memberInLandes;
    static String memberInOther;

    /** Organisations "landes" and "other", people registered by email with roles in each. */
    static void createOrganisationsAndPeople() {
        String root = userToken("root");
        for (String slug : List.of("landes", "other")) {
            as(root).body(Map.of("slug", slug, "name", "Org " + slug, "kind", "IT_AGENCY")).post("/api/v1/orgs")
                    .then().statusCode(201);
        }
        register(root, "landes", "alice@landes.example", List.of("admin"), null);
        register(root, "other", "oscar@other.example", List.of("admin"), null);
        String alice = userToken("alice");
        memberInLandes = as(alice).body(Map.of("name", "Mairie de Capbreton", "kind", "COMMUNE"))
                .post("/api/v1/orgs/landes/members").then().statusCode(201).extract().path("id");
        memberInOther = as(userToken("oscar")).body(Map.of("name", "Mairie d'ailleurs", "kind", "COMMUNE"))
                .post("/api/v1/orgs/other/members").then().statusCode(201).extract().path("id");
        register(alice, "landes", "agnes@landes.example", List.of("agent"), null);
        register(alice, "landes", "remi@capbreton.example", List.of("requester"), memberInLandes);
        register(alice, "landes", "bob@landes.example", List.of("admin"), null);
    }

    @Test
    void only_the_platform_admin_realm_role_creates_organisations() {
        as(userToken("alice")).body(Map.of("slug", "by-alice", "name", "No", "kind", "OTHER")).post("/api/v1/orgs")
                .then().statusCode(403).contentType("application/problem+json");
        as(userToken("root")).get("/api/v1/me").then().statusCode(200).body("platformAdmin", equalTo(true));
    }

    @Test
    void password_grant_tokens_work_per_role() {
        as(userToken("alice")).get("/api/v1/me").then().statusCode(200)
                .body("personId", notNullValue(), "memberships.org", contains("landes"));
        String agnes = userToken("agnes");
        as(agnes).get("/api/v1/orgs/landes/members").then().statusCode(200).body("items.id", hasItem(memberInLandes));
        as(agnes).body(Map.of("name", "X", "kind", "COMMUNE")).post("/api/v1/orgs/landes/members").then()
                .statusCode(403);
        String remi = userToken("remi");
        as(remi).get("/api/v1/orgs/landes/members/" + memberInLandes).then().statusCode(200);
        as(remi).get("/api/v1/orgs/landes/members").then().statusCode(403);
    }

    @Test
    void a_registered_partner_acts_within_its_roles_with_client_credentials() {
        String partner = given().formParam("grant_type", "client_credentials").formParam("client_id", "partner-erp")
                .formParam("client_secret", "change-me-partner-secret").post(issuer + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        as(partner).get("/api/v1/orgs/landes/members").then().statusCode(404);
        String id = as(userToken("alice")).body(Map.of("clientId", "partner-erp", "name", "ERP", "roles",
                List.of("partner"))).post("/api/v1/orgs/landes/api-clients").then().statusCode(201)
                .extract().path("id");
        try {
            as(partner).get("/api/v1/orgs/landes/members").then().statusCode(200);
            as(partner).body(Map.of("name", "X", "kind", "COMMUNE")).post("/api/v1/orgs/landes/members").then()
                    .statusCode(403);
            as(partner).get("/api/v1/orgs/other/members").then().statusCode(404);
        } finally {
            as(userToken("alice")).header("If-Match", "\"0\"").delete("/api/v1/orgs/landes/api-clients/" + id)
                    .then().statusCode(204);
        }
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        String shortLived = token("passerelle-short-lived", "alice");
        as(shortLived).get("/api/v1/me").then().statusCode(200);
        Thread.sleep(3_500);
        as(shortLived).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        as(token("other-application", "alice")).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void a_token_signed_by_another_key_is_refused() throws Exception {
        PrivateKey rogue = KeyUtils.readPrivateKey("/test-keys/rogue-private-pkcs8.pem");
        String forged = Jwt.issuer(issuer).audience("passerelle").subject("forged").claim("email", "alice@landes.example")
                .claim("email_verified", true).claim("realm_access", Map.of("roles", List.of("platform-admin")))
                .expiresAt(Instant.now().plusSeconds(300)).jws().keyId("not-a-keycloak-key").sign(rogue);
        as(forged).get("/api/v1/me").then().statusCode(401);
        as(forged).body(Map.of("slug", "forged", "name", "No", "kind", "OTHER")).post("/api/v1/orgs").then()
                .statusCode(401);
    }

    @Test
    void an_unverified_email_is_never_linked_to_the_registered_person() {
        String bob = userToken("bob");
        as(bob).get("/api/v1/me").then().statusCode(200).body("personId", nullValue(), "memberships.size()",
                equalTo(0));
        as(bob).get("/api/v1/orgs/landes/members").then().statusCode(404);
    }

    @Test
    void no_request_of_one_organisations_user_reaches_another_organisations_data() {
        String alice = userToken("alice");
        as(alice).get("/api/v1/orgs/other").then().statusCode(404);
        as(alice).get("/api/v1/orgs/other/members").then().statusCode(404);
        as(alice).get("/api/v1/orgs/other/members/" + memberInOther).then().statusCode(404);
        as(alice).get("/api/v1/orgs/landes/members/" + memberInOther).then().statusCode(404);
        as(alice).get("/api/v1/orgs/landes/members").then().body("items.id", not(hasItem(memberInOther)));
        as(alice).header("If-Match", "\"0\"").delete("/api/v1/orgs/landes/members/" + memberInOther).then()
                .statusCode(404);
        as(userToken("oscar")).get("/api/v1/orgs/other/members/" + memberInOther).then().statusCode(200)
                .body("version", equalTo(0));
    }

    static RequestSpecification as(String token) {
        return given().baseUri(api).auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static String userToken(String username) {
        return token("passerelle-cli", username);
    }

    static String token(String clientId, String username) {
        return given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", username).formParam("password", REALM_PASSWORD)
                .post(issuer + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    static void register(String token, String org, String email, List<String> roles, String memberId) {
        var body = new java.util.HashMap<String, Object>(Map.of("email", email, "name", email, "roles", roles));
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        as(token).body(body).post("/api/v1/orgs/" + org + "/people").then().statusCode(201);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
