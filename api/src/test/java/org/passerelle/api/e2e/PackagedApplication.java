package org.passerelle.api.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The packaged application in prod mode, configured only by environment variables, against a PostgreSQL that the
 * test controls, and killed or restarted at will. It trusts tokens signed by the tests' key (its OIDC public key):
 * these tests are about the process and the database; ProductionEndToEndIT covers a real Keycloak.
 */
final class PackagedApplication implements AutoCloseable {

    static final String ISSUER = "https://issuer.passerelle.test";

    final String api;
    final String management;
    private final String name;
    private final Path target;
    private final Map<String, String> env;
    private ExternalProcess process;
    private int starts;

    PackagedApplication(String name, String jdbcUrl, Map<String, String> settings) throws IOException {
        this.name = name;
        this.target = Path.of(System.getProperty("passerelle.e2e.application-jar")).getParent().getParent();
        int apiPort = ExternalProcess.freePort();
        int managementPort = ExternalProcess.freePort();
        this.api = "http://localhost:" + apiPort;
        this.management = "http://localhost:" + managementPort;
        this.env = new HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(apiPort),
                "QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_OIDC_CLIENT_ID", "passerelle",
                "QUARKUS_OIDC_PUBLIC_KEY", publicKey(),
                "QUARKUS_OIDC_TOKEN_ISSUER", ISSUER));
        this.env.putAll(settings);
    }

    /** Starts the application (again) and waits until it is ready; each start logs to its own file. */
    PackagedApplication start() throws Exception {
        starts++;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = ExternalProcess.start(name, target, log(starts), env, java, "-jar",
                System.getProperty("passerelle.e2e.application-jar"));
        process.awaitOk(management + "/q/health/ready", Duration.ofMinutes(5));
        return this;
    }

    /** The log of the {@code start}-th start (1 for the first). */
    Path log(int start) {
        return target.resolve("e2e-" + name + "-" + start + ".log");
    }

    String log() throws IOException {
        return Files.readString(log(starts));
    }

    /** kill -9. */
    void kill() throws InterruptedException {
        process.kill();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    RequestSpecification as(String token) {
        return given().baseUri(api).auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /**
     * Organisation {@code slug}, created by the platform admin, with {@code alice@<slug>.example} registered as its
     * admin and one member commune, {@code memberName}. Returns Alice's token and the member's id.
     */
    Organisation organisation(String slug, String memberName) {
        String root = token("root", "root@passerelle.example", true);
        as(root).body(Map.of("slug", slug, "name", "Agence", "kind", "IT_AGENCY")).post("/api/v1/orgs")
                .then().statusCode(201);
        String email = "alice@" + slug + ".example";
        as(root).body(Map.of("email", email, "name", "Alice", "roles", List.of("admin")))
                .post("/api/v1/orgs/{org}/people", slug).then().statusCode(201);
        String alice = token("alice", email, false);
        String member = as(alice).body(Map.of("name", memberName, "kind", "COMMUNE"))
                .post("/api/v1/orgs/{org}/members", slug).then().statusCode(201).extract().path("id");
        return new Organisation(alice, member);
    }

    record Organisation(String adminToken, String memberId) {
    }

    /** A token for a person with a verified email, as the configured issuer would sign it. */
    static String token(String subject, String email, boolean platformAdmin) {
        try {
            PrivateKey key = KeyUtils.readPrivateKey("/test-keys/trusted-private-pkcs8.pem");
            return Jwt.issuer(ISSUER).audience("passerelle").subject(subject).claim("email", email)
                    .claim("email_verified", true)
                    .claim("realm_access", Map.of("roles", platformAdmin ? List.of("platform-admin") : List.of()))
                    .expiresAt(Instant.now().plusSeconds(3600)).sign(key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicKey() throws IOException {
        try (var in = PackagedApplication.class.getResourceAsStream("/test-keys/trusted-public.pem")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        }
    }
}
