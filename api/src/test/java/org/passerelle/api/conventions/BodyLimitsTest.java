package org.passerelle.api.conventions;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Body limits hold whatever the transfer encoding: a body sent in chunks, without Content-Length, is refused with a
 * 413 problem as soon as it passes its route's limit (2 MiB of JSON, 10 MiB for a file upload), and is never
 * buffered beyond it; a body just under the limit goes through.
 */
@QuarkusTest
class BodyLimitsTest {

    static final int MIB = 1024 * 1024;
    static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URL base;

    String org;
    String token;
    String measurement;

    @BeforeEach
    void aMissionValueToAttachEvidenceTo() {
        org = Fixtures.organisation("limits");
        token = Tokens.of(admin(org));
        String objective = as(admin(org)).body(Map.of("code", "1", "title", "Partager le numérique"))
                .post("/api/v1/orgs/{org}/mission/objectives", org).then().statusCode(201).extract().path("id");
        String indicator = as(admin(org)).body(Map.of("objectiveId", objective, "name", "Stagiaires", "type", "RESULT",
                "unit", "stagiaires", "direction", "AT_LEAST")).post("/api/v1/orgs/{org}/mission/indicators", org)
                .then().statusCode(201).extract().path("id");
        measurement = as(admin(org)).body(Map.of("year", 2024, "value", 450))
                .post("/api/v1/orgs/{org}/mission/indicators/{id}/measurements", org, indicator).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void a_chunked_json_body_over_2_mib_is_a_413_and_just_under_goes_through() throws Exception {
        HttpResponse<String> under = sendChunked("POST", "/api/v1/orgs/" + org + "/members", "application/json",
                paddedJson("Mairie de Soustons", 2 * MIB));
        assertEquals(201, under.statusCode(), under.body());

        HttpResponse<String> over = sendChunked("POST", "/api/v1/orgs/" + org + "/members", "application/json",
                paddedJson("Mairie de Linxe", 2 * MIB + 1));
        assertEquals(413, over.statusCode(), over.body());
        assertEquals(PROBLEM, over.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("The request body is larger than the 2 MiB allowed.", JsonPath.from(over.body()).get("detail"));

        as(admin(org)).get("/api/v1/orgs/{org}/members", org).then().statusCode(200)
                .body("items.name", equalTo(List.of("Mairie de Soustons")));
    }

    @Test
    void a_chunked_upload_over_10_mib_is_a_413_and_just_under_is_stored() throws Exception {
        String evidence = "/api/v1/orgs/" + org + "/mission/measurements/" + measurement
                + "/evidence?filename=bilan.pdf";
        HttpResponse<String> over = sendChunked("PUT", evidence, "application/pdf", pdf(10 * MIB + 1));
        assertEquals(413, over.statusCode(), over.body());
        assertEquals(PROBLEM, over.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("The request body is larger than the 10 MiB allowed.", JsonPath.from(over.body()).get("detail"));
        as(admin(org)).get("/api/v1/orgs/{org}/mission/measurements/{id}/evidence", org, measurement).then()
                .statusCode(404);

        byte[] file = pdf(10 * MIB);
        HttpResponse<String> under = sendChunked("PUT", evidence, "application/pdf", file);
        assertEquals(200, under.statusCode(), under.body());
        byte[] stored = as(admin(org)).accept("*/*").get("/api/v1/orgs/{org}/mission/measurements/{id}/evidence", org,
                measurement).then().statusCode(200).extract().asByteArray();
        assertTrue(Arrays.equals(file, stored));
    }

    @Test
    void a_declared_length_over_the_hard_cap_is_a_413_problem_naming_the_route_s_limit() throws IOException {
        try (RawRequest request = new RawRequest("POST", "/api/v1/orgs/" + org + "/members", "application/json",
                "Content-Length: " + 40 * MIB)) {
            RawResponse answer = request.answer(30_000);
            assertEquals(413, answer.status());
            assertEquals(PROBLEM, answer.header("Content-Type"));
            assertEquals("The request body is larger than the 2 MiB allowed.",
                    JsonPath.from(answer.body()).get("detail"));
        }
    }

    /** The refusal speaks the caller's language by the one negotiation, and an unreadable one does not break it. */
    @Test
    void the_413_speaks_french_when_asked_and_survives_an_unreadable_accept_language() throws IOException {
        for (Map.Entry<String, String> language : Map.of("fr-FR, en;q=0.5", "Le corps de la requ",
                "fr;q=abc", "Le corps de la requ", "de", "The request body").entrySet()) {
            try (RawRequest request = new RawRequest("POST", "/api/v1/orgs/" + org + "/members", "application/json",
                    "Content-Length: " + 40 * MIB + "\r\nAccept-Language: " + language.getKey())) {
                RawResponse answer = request.answer(30_000);
                assertEquals(413, answer.status(), language.getKey());
                assertEquals(PROBLEM, answer.header("Content-Type"));
                String detail = JsonPath.from(answer.body()).get("detail");
                assertTrue(detail.startsWith(language.getValue()), language.getKey() + ": " + detail);
            }
        }
    }

    /**
     * Twenty clients each send a 30 MB upload in chunks, all but its last one, and wait: buffering them would hold
     * 600 MB; as each is refused at 10 MiB, the heap holds none of it. Heap is measured after a full collection,
     * while every request is still open.
     */
    @Test
    void parallel_oversized_chunked_uploads_are_not_held_in_memory() throws Exception {
        String evidence = "/api/v1/orgs/" + org + "/mission/measurements/" + measurement + "/evidence";
        long before = usedHeapAfterGc();
        int clients = 20;
        CountDownLatch sent = new CountDownLatch(clients);
        CountDownLatch measured = new CountDownLatch(1);
        List<RawRequest> open = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        try {
            List<Future<RawResponse>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                RawRequest request = new RawRequest("PUT", evidence, "application/pdf", "Transfer-Encoding: chunked");
                open.add(request);
                answers.add(senders.submit(() -> {
                    byte[] chunk = new byte[64 * 1024];
                    try {
                        for (int n = 0; n < 30_000_000; n += chunk.length) {
                            request.chunk(chunk);
                        }
                    } catch (IOException closed) {
                        // the server may stop reading once it has answered
                    } finally {
                        sent.countDown();
                    }
                    measured.await();
                    return request.answer(60_000);
                }));
            }
            assertTrue(sent.await(3, TimeUnit.MINUTES));
            long grown = usedHeapAfterGc() - before;
            measured.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<RawResponse> answer : answers) {
                statuses.add(answer.get(3, TimeUnit.MINUTES).status());
            }
            assertTrue(grown < 100L * MIB, "heap grew by " + grown / MIB + " MiB");
            assertEquals(List.of(413), statuses.stream().distinct().toList());
        } finally {
            senders.shutdownNow();
            for (RawRequest request : open) {
                request.close();
            }
        }
        as(admin(org)).get("/api/v1/orgs/{org}/mission/measurements/{id}/evidence", org, measurement).then()
                .statusCode(404);
    }

    private HttpResponse<String> sendChunked(String method, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        // An InputStream publisher has no length: the client sends it chunked.
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(new ByteArrayInputStream(body), InputStream.nullInputStream())))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A valid member, padded with spaces to exactly {@code size} bytes. */
    private static byte[] paddedJson(String name, int size) {
        String json = "{\"name\": \"" + name + "\", \"kind\": \"COMMUNE\"}";
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        byte[] head = json.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, body, 0, head.length);
        return body;
    }

    private static byte[] pdf(int size) {
        byte[] body = new byte[size];
        for (int i = 0; i < size; i++) {
            body[i] = (byte) (i * 31);
        }
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        return body;
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    record RawResponse(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** An HTTP/1.1 request written by hand, to send a body as slowly and as far as a test needs. */
    final class RawRequest implements AutoCloseable {

        private final Socket socket;
        private final OutputStream out;

        RawRequest(String method, String path, String contentType, String framing) throws IOException {
            socket = new Socket(base.getHost(), base.getPort());
            out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                    + token + "\r\nContent-Type: " + contentType + "\r\nAccept: application/json\r\n" + framing
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void chunk(byte[] data) throws IOException {
            out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(data);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        RawResponse answer(int timeoutMillis) throws IOException {
            out.flush();
            socket.setSoTimeout(timeoutMillis);
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            Pattern head = Pattern.compile("(?s)HTTP/1\\.1 (\\d{3})[^\r]*\r\n(.*?)\r\n\r\n");
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0;) {
                    received.write(buffer, 0, n);
                    Matcher m = head.matcher(received.toString(StandardCharsets.ISO_8859_1));
                    if (m.lookingAt()) {
                        Map<String, String> headers = new java.util.HashMap<>();
                        for (String line : m.group(2).split("\r\n")) {
                            headers.put(line.substring(0, line.indexOf(':')).toLowerCase(),
                                    line.substring(line.indexOf(':') + 1).strip());
                        }
                        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
                        byte[] all = received.toByteArray();
                        if (all.length >= m.end() + length) {
                            return new RawResponse(Integer.parseInt(m.group(1)), headers,
                                    new String(all, m.end(), length, StandardCharsets.UTF_8));
                        }
                    }
                }
            } catch (SocketTimeoutException e) {
                return new RawResponse(0, Map.of(), "no answer in " + timeoutMillis + " ms");
            }
            return new RawResponse(0, Map.of(), "closed without an answer");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
