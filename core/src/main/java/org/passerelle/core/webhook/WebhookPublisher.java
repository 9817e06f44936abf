package org.passerelle.core.webhook;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.All;

import org.passerelle.core.persistence.Instants;

/**
 * Records an event in the outbox, in the caller's transaction: the event exists if and only if the change
 * it reports was committed. One pending delivery is created per active subscription to its type; the
 * dispatcher sends them afterwards.
 */
@ApplicationScoped
public class WebhookPublisher {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Set<String> knownTypes;

    WebhookPublisher(EntityManager em, ObjectMapper json, @All List<WebhookEventTypes> types) {
        this.em = em;
        this.json = json;
        this.knownTypes = types.stream().flatMap(t -> t.types().stream()).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> knownTypes() {
        return knownTypes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(UUID orgId, String type, Object data) {
        if (!knownTypes.contains(type)) {
            throw new IllegalArgumentException("Unknown webhook event type " + type + ": declare it in a WebhookEventTypes bean");
        }
        event(" select gen_random_uuid(), s.org_id, s.id, e.id, e.seq, 'PENDING', now(), now(), now()"
                + " from webhook_subscriptions s cross join e where s.org_id = ?2 and s.active and ?3 = any(s.event_types)",
                orgId, type, data).executeUpdate();
    }

    /** An event for one subscription only, whatever its types (the test event); the id of its delivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    UUID publishTo(UUID orgId, UUID subscriptionId, String type, Object data) {
        UUID deliveryId = UUID.randomUUID();
        event(" select ?6, ?2, ?7, e.id, e.seq, 'PENDING', now(), now(), now() from e", orgId, type, data)
                .setParameter(6, deliveryId).setParameter(7, subscriptionId).executeUpdate();
        return deliveryId;
    }

    /**
     * The event and its deliveries, which {@code deliveries} selects, in one statement (the caller may hold a lock
     * until it commits): {@code e} is the event (?1 its id, ?2 the organisation, ?3 the type).
     */
    private Query event(String deliveries, UUID orgId, String type, Object data) {
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the " + type + " event", e);
        }
        return em.createNativeQuery("with e as (insert into outbox_events (id, org_id, type, payload, occurred_at)"
                + " values (?1, ?2, ?3, cast(?4 as jsonb), ?5) returning id, seq)"
                + " insert into webhook_deliveries (id, org_id, subscription_id, event_id, event_seq, status,"
                + " next_attempt_at, created_at, updated_at)" + deliveries)
                .setParameter(1, UUID.randomUUID()).setParameter(2, orgId).setParameter(3, type)
                .setParameter(4, payload).setParameter(5, Instants.now());
    }
}
