package org.passerelle.api.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpServer;

import io.restassured.path.json.JsonPath;

/** A real HTTP receiver on loopback that records what it gets and can fail the first N requests. */
class WebhookReceiver implements AutoCloseable {

    record Received(String id, String timestamp, String signature, String body, int answered,
            Map<String, List<String>> headers, String uri) {

        String type() {
            return JsonPath.from(body).getString("type");
        }
    }

    final List<Received> all = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            pause(delay);
            int status = failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? 500 : 204;
            all.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, status,
                    Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestURI().toString()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        // One thread per request, as real receivers: concurrent deliveries are not queued behind each other.
        server.setExecutor(threads);
        server.start();
    }

    /** Answers every later request only after {@code delay}, as a slow partner does. */
    void answerAfter(Duration delay) {
        this.delay = delay;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void failNext(int n) {
        failuresLeft.set(n);
    }

    List<Received> accepted() {
        return all.stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    /** The deliveries accepted once there are {@code n} of them (30 s at most). */
    List<Received> awaitAccepted(int n) {
        await(() -> accepted().size() >= n);
        return accepted();
    }

    static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 30 s");
            }
            pause(Duration.ofMillis(200));
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
