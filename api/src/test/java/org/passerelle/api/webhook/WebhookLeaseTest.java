package org.passerelle.api.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Several instances send webhooks: each delivery is leased on its own, just before it is sent, so a slow partner
 * never makes a lease run out while deliveries still wait their turn (a lease per batch did: the batch of twelve
 * below takes 12 s at this receiver, the test lease is 8 s). Two more dispatcher loops run beside the scheduled
 * one, as two other instances would.
 */
@QuarkusTest
class WebhookLeaseTest {

    private static final int SUBSCRIPTIONS = 12;

    @Inject
    AgroalDataSource db;

    @Test
    void three_dispatchers_send_each_delivery_once_to_a_slow_partner() throws Exception {
        try (PartnerReceiver hooks = new PartnerReceiver("hooks-lease")) {
            hooks.receiver.answerAfter(Duration.ofSeconds(1));
            for (int i = 0; i < SUBSCRIPTIONS; i++) {
                hooks.subscribe(hooks.receiver.url() + "?subscription=" + i);
            }
            ExecutorService instances = Executors.newFixedThreadPool(2);
            Instant until = Instant.now().plusSeconds(30);
            List<Future<?>> loops = IntStream.range(0, 2).mapToObj(i -> instances.submit(() -> dispatchUntil(until)))
                    .collect(Collectors.toList());
            Fixtures.member(hooks.org, "Mairie de Seignosse");
            Fixtures.member(hooks.org, "Mairie de Hossegor");

            hooks.receiver.awaitAccepted(2 * SUBSCRIPTIONS);
            // Past every lease (8 s): a delivery sent twice would have arrived by now.
            WebhookReceiver.pause(Duration.ofSeconds(10));
            Map<String, Long> received = hooks.receiver.all.stream()
                    .collect(Collectors.groupingBy(r -> r.id() + " " + r.uri(), Collectors.counting()));
            // Each delivery arrived once per recorded attempt: a retry after a timeout is an attempt, a second
            // instance sending it again is not.
            Map<String, Long> attempts = attempts(hooks.org);
            assertEquals(2 * SUBSCRIPTIONS, attempts.size(), attempts::toString);
            assertEquals(attempts, received);
            for (Future<?> loop : loops) {
                loop.cancel(true);
            }
            instances.shutdownNow();
        }
    }

    private Map<String, Long> attempts(String org) throws SQLException {
        Map<String, Long> attempts = new HashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select d.event_id, s.url,"
                + " d.attempts from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id"
                + " join organisations o on o.id = d.org_id where o.slug = ? and d.status = 'DELIVERED'")) {
            s.setString(1, org);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String url = r.getString(2);
                    attempts.put(r.getString(1) + " " + url.substring(url.indexOf("/hook")), r.getLong(3));
                }
            }
        }
        return attempts;
    }

    /** What another instance's scheduler does: run the dispatcher again and again. */
    private static Void dispatchUntil(Instant until) throws Exception {
        Class<?> type = Class.forName("org.passerelle.core.webhook.WebhookDispatcher", true,
                Thread.currentThread().getContextClassLoader());
        Object dispatcher = Arc.container().instance(type).get();
        Method dispatch = type.getDeclaredMethod("dispatch");
        dispatch.setAccessible(true);
        while (Instant.now().isBefore(until) && !Thread.currentThread().isInterrupted()) {
            dispatch.invoke(dispatcher);
            Thread.sleep(300);
        }
        return null;
    }
}
