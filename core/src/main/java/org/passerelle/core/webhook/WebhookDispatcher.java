package org.passerelle.core.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.persistence.SqlValues;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends pending deliveries: per subscription in event order (only the oldest pending delivery of a
 * subscription is eligible), signed, retried with exponential backoff, parked after too many failures.
 * Several replicas may run it: each delivery is claimed on its own, just before it is sent, with
 * {@code FOR UPDATE SKIP LOCKED} and a lease that outlasts that one send (connection and response timeouts),
 * and the HTTP call happens outside any transaction. A lease covering a whole batch would expire while the
 * batch's last deliveries still wait their turn, and another replica would send them too.
 */
@ApplicationScoped
class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    /** @param keys the secrets that sign: the current one, and the previous one during a rotation's overlap */
    record Attempt(UUID id, UUID eventId, String type, Instant occurredAt, String payload, String url,
            List<WebhookSignature.Key> keys, int attempts) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final WebhookConfig config;
    private final UrlPolicy urls;
    private final HttpClient http;
    private final MeterRegistry metrics;

    WebhookDispatcher(EntityManager em, ObjectMapper json, WebhookConfig config, UrlPolicy urls, MeterRegistry metrics) {
        this.em = em;
        this.metrics = metrics;
        this.json = json;
        this.config = config;
        this.urls = urls;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${passerelle.webhooks.dispatch-interval:2s}", delayed = "${passerelle.webhooks.dispatch-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        // The head of every subscription's queue is eligible; a success makes that subscription's next one eligible.
        for (int sent = 0; sent < config.batchSize(); sent++) {
            UUID claimed = claimNext();
            if (claimed == null) {
                return;
            }
            deliver(claimed);
        }
    }

    /** Leases the oldest eligible delivery for one send, or returns null when none is due. */
    private UUID claimNext() {
        Duration lease = config.lease().orElse(config.timeout().multipliedBy(3).plusSeconds(30));
        List<?> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update webhook_deliveries set lease_until = now() + make_interval(secs => ?1) where id = ("
                        + " select d.id from webhook_deliveries d"
                        + " where d.status = 'PENDING' and d.next_attempt_at <= now()"
                        + " and (d.lease_until is null or d.lease_until < now())"
                        + " and not exists (select 1 from webhook_deliveries p where p.subscription_id = d.subscription_id"
                        + "   and p.status = 'PENDING' and p.event_seq < d.event_seq)"
                        + " order by d.event_seq limit 1 for update skip locked)"
                        + " returning id")
                .setParameter(1, lease.toMillis() / 1000.0).getResultList());
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }

    private void deliver(UUID deliveryId) {
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> load(deliveryId));
        if (attempt == null) {
            return;
        }
        Integer status = null;
        String error = null;
        String refusal = urls.refusal(attempt.url());
        if (refusal != null) {
            error = "URL refused: " + refusal;
        } else {
            try {
                long timestamp = Instant.now().getEpochSecond();
                String body = body(attempt);
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(attempt.url()))
                        .timeout(config.timeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "Passerelle-Webhooks/1")
                        .header("webhook-id", attempt.eventId().toString())
                        .header("webhook-timestamp", Long.toString(timestamp))
                        .header("webhook-signature", WebhookSignature.header(attempt.keys(),
                                attempt.eventId().toString(), timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
                if (status / 100 != 2) {
                    error = "HTTP " + status;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        record(attempt, status, error);
    }

    private Attempt load(UUID deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.id, e.id, e.type, e.occurred_at, cast(e.payload as text),"
                + " s.url, s.secret, s.secret_legacy, d.attempts,"
                + " case when s.previous_secret_expires_at > now() then s.previous_secret end, s.previous_secret_legacy"
                + " from webhook_deliveries d"
                + " join outbox_events e on e.id = d.event_id join webhook_subscriptions s on s.id = d.subscription_id"
                + " where d.id = ?1 and d.status = 'PENDING'").setParameter(1, deliveryId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        List<WebhookSignature.Key> keys = new ArrayList<>();
        keys.add(new WebhookSignature.Key((String) r[6], (Boolean) r[7]));
        if (r[9] != null) {
            keys.add(new WebhookSignature.Key((String) r[9], (Boolean) r[10]));
        }
        return new Attempt((UUID) r[0], (UUID) r[1], (String) r[2], SqlValues.instant(r[3]), (String) r[4], (String) r[5],
                List.copyOf(keys), ((Number) r[8]).intValue());
    }

    private String body(Attempt attempt) throws Exception {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("id", attempt.eventId().toString());
        envelope.put("type", attempt.type());
        envelope.put("occurredAt", attempt.occurredAt().toString());
        envelope.set("data", json.readTree(attempt.payload()));
        return json.writeValueAsString(envelope);
    }

    private void record(Attempt attempt, Integer status, String error) {
        int attempts = attempt.attempts() + 1;
        boolean parked = error != null && attempts >= config.maxAttempts();
        metrics.counter("passerelle.webhooks.deliveries",
                "outcome", error == null ? "delivered" : parked ? "parked" : "failed").increment();
        QuarkusTransaction.requiringNew().run(() -> {
            if (error == null) {
                em.createNativeQuery("update webhook_deliveries set status = 'DELIVERED', attempts = ?2,"
                        + " last_status_code = ?3, last_error = null, delivered_at = now(), lease_until = null,"
                        + " version = version + 1, updated_at = now() where id = ?1")
                        .setParameter(1, attempt.id()).setParameter(2, attempts).setParameter(3, status).executeUpdate();
                return;
            }
            boolean park = attempts >= config.maxAttempts();
            Duration backoff = backoff(attempts);
            em.createNativeQuery("update webhook_deliveries set status = ?2, attempts = ?3, last_status_code = ?4,"
                    + " last_error = ?5, next_attempt_at = now() + make_interval(secs => ?6), lease_until = null,"
                    + " version = version + 1, updated_at = now() where id = ?1")
                    .setParameter(1, attempt.id()).setParameter(2, park ? "PARKED" : "PENDING")
                    .setParameter(3, attempts).setParameter(4, status)
                    .setParameter(5, error.length() > 500 ? error.substring(0, 500) : error)
                    .setParameter(6, backoff.toMillis() / 1000.0).executeUpdate();
            if (park) {
                LOG.warnf("Webhook delivery %s parked after %d attempts: %s", attempt.id(), attempts, error);
            }
        });
    }

    /** initial × 2^(attempts−1), capped. */
    Duration backoff(int attempts) {
        Duration d = config.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : d;
    }

}
