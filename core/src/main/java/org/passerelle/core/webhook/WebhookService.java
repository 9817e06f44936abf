package org.passerelle.core.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.CorePolicy;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.page.Cursor;
import org.passerelle.core.page.Page;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.persistence.TenantRepository;

/** An organisation's webhook subscriptions and their delivery log. */
@ApplicationScoped
public class WebhookService {

    @ApplicationScoped
    static class WebhookRepository implements TenantRepository<WebhookSubscription> {
    }

    private final WebhookRepository webhooks;
    private final WebhookPublisher publisher;
    private final UrlPolicy urls;
    private final EntityManager em;
    private final CorePolicy policy;
    private final WebhookConfig config;

    WebhookService(WebhookRepository webhooks, WebhookPublisher publisher, UrlPolicy urls, EntityManager em,
            CorePolicy policy, WebhookConfig config) {
        this.webhooks = webhooks;
        this.publisher = publisher;
        this.urls = urls;
        this.em = em;
        this.policy = policy;
        this.config = config;
    }

    /** The event types a subscription may name. */
    public Set<String> eventTypes(OrgAccess caller) {
        policy.manageWebhooks(caller);
        return eventTypes();
    }

    private Set<String> eventTypes() {
        return new TreeSet<>(publisher.knownTypes());
    }

    /** A new subscription and its secret, made here and returned this once. */
    @Transactional
    public WebhookCreated create(OrgAccess caller, @Valid WebhookData data) {
        policy.manageWebhooks(caller);
        validate(data);
        WebhookSubscription w = new WebhookSubscription();
        w.orgId = caller.orgId();
        apply(w, data);
        w.secret = WebhookSignature.newSecret();
        webhooks.persistAndFlush(w);
        return new WebhookCreated(w.view(), w.secret);
    }

    /** Replaces the subscription; its secret changes only by {@link #rotateSecret}. */
    @Transactional
    public WebhookView update(OrgAccess caller, UUID id, long expectedVersion, @Valid WebhookData data) {
        policy.manageWebhooks(caller);
        WebhookSubscription w = webhooks.getInOrg(caller.orgId(), id, "webhook");
        StaleVersionException.check(expectedVersion, w.version);
        validate(data);
        apply(w, data);
        webhooks.flush();
        return w.view();
    }

    /**
     * A new secret, returned this once. The previous one keeps signing beside it for the rotation's overlap (the
     * configured one by default), so that the receiver can switch without refusing a delivery; a previous secret
     * still in its overlap is dropped.
     */
    @Transactional
    public WebhookCreated rotateSecret(OrgAccess caller, UUID id, long expectedVersion, @Valid SecretRotation rotation) {
        policy.manageWebhooks(caller);
        WebhookSubscription w = webhooks.getInOrg(caller.orgId(), id, "webhook");
        StaleVersionException.check(expectedVersion, w.version);
        Duration overlap = rotation == null || rotation.overlap() == null ? config.secretOverlap() : rotation.overlap();
        String secret = w.rotate(overlap, Instants.now());
        webhooks.flush();
        return new WebhookCreated(w.view(), secret);
    }

    /**
     * Queues a {@value WebhookTestEvent#TYPE} event for this subscription only, through the outbox like any
     * other (behind its pending deliveries, retried, in its delivery log), active or not.
     */
    @Transactional
    public DeliveryView sendTestEvent(OrgAccess caller, UUID id) {
        policy.manageWebhooks(caller);
        WebhookSubscription w = webhooks.getInOrg(caller.orgId(), id, "webhook");
        UUID delivery = publisher.publishTo(w.orgId, w.id, WebhookTestEvent.TYPE, new WebhookTestEvent(w.id));
        return delivery(w.orgId, w.id, delivery);
    }

    @Transactional
    public void delete(OrgAccess caller, UUID id, long expectedVersion) {
        policy.manageWebhooks(caller);
        WebhookSubscription w = webhooks.getInOrg(caller.orgId(), id, "webhook");
        StaleVersionException.check(expectedVersion, w.version);
        webhooks.delete(w);
        webhooks.flush();
    }

    public WebhookView get(OrgAccess caller, UUID id) {
        policy.manageWebhooks(caller);
        return webhooks.getInOrg(caller.orgId(), id, "webhook").view();
    }

    public List<WebhookView> list(OrgAccess caller) {
        policy.manageWebhooks(caller);
        return webhooks.list("orgId = ?1 order by createdAt", caller.orgId()).stream().map(WebhookSubscription::view).toList();
    }

    /** The delivery log of a subscription, newest event first, optionally of one status. */
    public Page<DeliveryView> deliveries(OrgAccess caller, UUID webhookId, DeliveryStatus status, PageRequest page) {
        policy.manageWebhooks(caller);
        UUID orgId = caller.orgId();
        webhooks.getInOrg(orgId, webhookId, "webhook");
        Long before = page.after() == null ? null : Long.valueOf(page.after().sortKey());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.id, e.id, e.type, e.occurred_at, d.status, d.attempts,"
                + " d.next_attempt_at, d.last_status_code, d.last_error, d.delivered_at, d.version, d.event_seq"
                + " from webhook_deliveries d join outbox_events e on e.id = d.event_id"
                + " where d.org_id = ?1 and d.subscription_id = ?2 and (cast(?3 as text) is null or d.status = ?3)"
                + " and (cast(?4 as bigint) is null or d.event_seq < ?4) order by d.event_seq desc limit ?5")
                .setParameter(1, orgId).setParameter(2, webhookId)
                .setParameter(3, status == null ? null : status.name()).setParameter(4, before)
                .setParameter(5, page.limit() + 1).getResultList();
        return Page.of(rows, page, r -> new Cursor(r[11].toString(), (UUID) r[0])).map(WebhookService::delivery);
    }

    /** Sends a delivered or parked event again, as soon as the dispatcher runs (same event id). */
    @Transactional
    public DeliveryView redeliver(OrgAccess caller, UUID webhookId, UUID deliveryId) {
        policy.manageWebhooks(caller);
        UUID orgId = caller.orgId();
        int updated = em.createNativeQuery("update webhook_deliveries set status = 'PENDING', next_attempt_at = now(),"
                + " lease_until = null, version = version + 1, updated_at = now()"
                + " where org_id = ?1 and subscription_id = ?2 and id = ?3")
                .setParameter(1, orgId).setParameter(2, webhookId).setParameter(3, deliveryId).executeUpdate();
        if (updated == 0) {
            throw new NotFoundException("delivery", deliveryId);
        }
        return delivery(orgId, webhookId, deliveryId);
    }

    private DeliveryView delivery(UUID orgId, UUID webhookId, UUID deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.id, e.id, e.type, e.occurred_at, d.status, d.attempts,"
                + " d.next_attempt_at, d.last_status_code, d.last_error, d.delivered_at, d.version, d.event_seq"
                + " from webhook_deliveries d join outbox_events e on e.id = d.event_id"
                + " where d.org_id = ?1 and d.subscription_id = ?2 and d.id = ?3")
                .setParameter(1, orgId).setParameter(2, webhookId).setParameter(3, deliveryId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("delivery", deliveryId);
        }
        return delivery(rows.get(0));
    }

    private static DeliveryView delivery(Object[] r) {
        return new DeliveryView((UUID) r[0], (UUID) r[1], (String) r[2], SqlValues.instant(r[3]), DeliveryStatus.valueOf((String) r[4]),
                ((Number) r[5]).intValue(), SqlValues.instant(r[6]), r[7] == null ? null : ((Number) r[7]).intValue(),
                (String) r[8], SqlValues.instant(r[9]), ((Number) r[10]).longValue());
    }

    private void validate(WebhookData data) {
        String refusal = urls.refusal(data.url());
        if (refusal != null) {
            throw new RuleViolationException("url", "core.webhook.url-refused", refusal);
        }
        Set<String> unknown = new TreeSet<>(data.eventTypes());
        unknown.removeAll(publisher.knownTypes());
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("eventTypes", "core.webhook.unknown-types", String.join(", ", unknown),
                    String.join(", ", eventTypes()));
        }
    }

    private static void apply(WebhookSubscription w, WebhookData data) {
        w.url = data.url().strip();
        w.eventTypes = new TreeSet<>(data.eventTypes()).toArray(String[]::new);
        w.description = data.description();
        w.active = data.active() == null || data.active();
    }

}
