package org.passerelle.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.core.retention.RetentionJob;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The retention job deletes only what is past its retention (defaults: webhook deliveries 30 days, e-mails 90 days,
 * received messages 90 days, idempotency keys 24 hours): never a pending row, never a recent one.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    AgroalDataSource db;

    @Inject
    RetentionJob retention;

    @Test
    void a_purge_removes_only_what_is_past_retention() throws SQLException {
        String org = Fixtures.organisation("retention");
        UUID orgId = (UUID) one("select id from organisations where slug = ?", org);
        // An unreachable receiver that is never called: every delivery below is finished or due next year.
        UUID subscription = UUID.fromString(as(admin(org)).body(Map.of("url", "http://127.0.0.1:9/hook",
                "eventTypes", List.of("member.created"))).post("/api/v1/orgs/{org}/webhooks", org)
                .then().statusCode(201).extract().jsonPath().getString("webhook.id"));

        UUID oldEvent = event(orgId, 40);
        UUID oldDelivered = delivery(orgId, subscription, oldEvent, "DELIVERED", 40);
        UUID oldPendingEvent = event(orgId, 40);
        UUID oldPending = delivery(orgId, subscription, oldPendingEvent, "PENDING", 40);
        UUID redeliveredEvent = event(orgId, 40);
        UUID redelivered = delivery(orgId, subscription, redeliveredEvent, "DELIVERED", 5);
        UUID oldParkedEvent = event(orgId, 40);
        UUID oldParked = delivery(orgId, subscription, oldParkedEvent, "PARKED", 31);

        UUID oldSent = mail(orgId, "SENT", 91);
        UUID recentSent = mail(orgId, "SENT", 10);
        UUID oldMailParked = mail(orgId, "PARKED", 120);
        UUID oldMailPending = mail(orgId, "PENDING", 120);

        String oldKey = idempotencyKey(48);
        String recentKey = idempotencyKey(1);
        String oldMessage = received(orgId, 24 * 91);
        String recentMessage = received(orgId, 24 * 30);

        retention.purge();

        assertEquals(List.of(false, false), List.of(exists("webhook_deliveries", oldDelivered), exists("outbox_events", oldEvent)));
        assertEquals(List.of(false, false), List.of(exists("webhook_deliveries", oldParked), exists("outbox_events", oldParkedEvent)));
        assertEquals(List.of(true, true), List.of(exists("webhook_deliveries", oldPending), exists("outbox_events", oldPendingEvent)));
        assertEquals(List.of(true, true), List.of(exists("webhook_deliveries", redelivered), exists("outbox_events", redeliveredEvent)));
        assertEquals(List.of(false, true, false, true), List.of(exists("mail_outbox", oldSent), exists("mail_outbox", recentSent),
                exists("mail_outbox", oldMailParked), exists("mail_outbox", oldMailPending)));
        assertEquals(0L, one("select count(*) from idempotency_keys where key = ?", oldKey));
        assertEquals(1L, one("select count(*) from idempotency_keys where key = ?", recentKey));
        assertEquals(0L, one("select count(*) from mail_intake_messages where message_id = ?", oldMessage));
        assertEquals(1L, one("select count(*) from mail_intake_messages where message_id = ?", recentMessage));
    }

    private UUID event(UUID orgId, int daysAgo) throws SQLException {
        UUID id = UUID.randomUUID();
        update("insert into outbox_events (id, org_id, type, payload, occurred_at)"
                + " values (?, ?, 'member.created', '{}'::jsonb, now() - make_interval(days => ?))", id, orgId, daysAgo);
        return id;
    }

    private UUID delivery(UUID orgId, UUID subscription, UUID event, String status, int daysAgo) throws SQLException {
        UUID id = UUID.randomUUID();
        update("insert into webhook_deliveries (id, org_id, subscription_id, event_id, event_seq, status, attempts,"
                + " next_attempt_at, created_at, updated_at) select ?, ?, ?, id, seq, ?, 1, now() + interval '1 year',"
                + " occurred_at, now() - make_interval(days => ?) from outbox_events where id = ?",
                id, orgId, subscription, status, daysAgo, event);
        return id;
    }

    private UUID mail(UUID orgId, String status, int daysAgo) throws SQLException {
        UUID id = UUID.randomUUID();
        update("insert into mail_outbox (id, org_id, recipient, template, language, subject, body, status, attempts,"
                + " next_attempt_at, created_at, updated_at) values (?, ?, 'someone@example.test', 'mail/test', 'fr',"
                + " 'Objet', 'Corps', ?, 1, now() + interval '1 year', now() - make_interval(days => ?),"
                + " now() - make_interval(days => ?))", id, orgId, status, daysAgo, daysAgo);
        return id;
    }

    private String idempotencyKey(int hoursAgo) throws SQLException {
        String key = UUID.randomUUID().toString();
        update("insert into idempotency_keys (scope, key, fingerprint, status, created_at)"
                + " values ('retention-test', ?, 'f', 201, now() - make_interval(hours => ?))", key, hoursAgo);
        return key;
    }

    private String received(UUID orgId, int hoursAgo) throws SQLException {
        String messageId = "<" + UUID.randomUUID() + "@example.test>";
        update("insert into mail_intake_messages (org_id, message_id, sender, outcome, received_at)"
                + " values (?, ?, 'someone@example.test', 'QUARANTINE', now() - make_interval(hours => ?))",
                orgId, messageId, hoursAgo);
        return messageId;
    }

    private boolean exists(String table, UUID id) throws SQLException {
        return (Long) one("select count(*) from " + table + " where id = ?", id) == 1;
    }

    private Object one(String sql, Object... values) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, sql, values); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getObject(1);
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, sql, values)) {
            s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... values) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
        return s;
    }
}
