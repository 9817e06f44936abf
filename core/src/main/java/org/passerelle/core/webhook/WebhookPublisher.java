package org.passerelle.core.webhook;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
        UUID eventId = record(orgId, type, data);
        em.createNativeQuery("insert into webhook_deliveries (id, org_id, subscription_id, event_id, event_seq, status,"
                + " next_attempt_at, created_at, updated_at)"
                + " select gen_random_uuid(), s.org_id, s.id, e.id, e.seq, 'PENDING', now(), now(), now()"
                + " from webhook_subscriptions s join outbox_events e on e.id = ?1"
                + " where s.org_id = ?2 and s.active and ?3 = any(s.event_types)")
                .setParameter(1, eventId).setParameter(2, orgId).setParameter(3, type).executeUpdate();
    }

    /** An event for one subscription only, whatever its types (the test event); the id of its delivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    UUID publishTo(UUID orgId, UUID subscriptionId, String type, Object data) {
        UUID eventId = record(orgId, type, data);
        UUID deliveryId = UUID.randomUUID();
        em.createNativeQuery("insert into webhook_deliveries (id, org_id, subscription_id, event_id, event_seq, status,"
                + " next_attempt_at, created_at, updated_at)"
                + " select ?1, ?2, ?3, e.id, e.seq, 'PENDING', now(), now(), now() from outbox_events e where e.id = ?4")
                .setParameter(1, deliveryId).setParameter(2, orgId).setParameter(3, subscriptionId)
                .setParameter(4, eventId).executeUpdate();
        return deliveryId;
    }

    private UUID record(UUID orgId, String type, Object data) {
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the " + type + " event", e);
        }
        UUID eventId = UUID.randomUUID();
        em.createNativeQuery("insert into outbox_events (id, org_id, type, payload, occurred_at)"
                + " values (?1, ?2, ?3, cast(?4 as jsonb), ?5)")
                .setParameter(1, eventId).setParameter(2, orgId).setParameter(3, type).setParameter(4, payload)
                .setParameter(5, Instants.now()).executeUpdate();
        return eventId;
    }
}
