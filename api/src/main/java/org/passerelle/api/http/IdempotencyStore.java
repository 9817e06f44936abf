package org.passerelle.api.http;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Stored first responses, keyed by caller+method+path and the client's key. Each step commits on its own
 * so that a concurrent duplicate sees the reservation before the first request finishes.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A key's row; {@code grants} are the caller's rights when the key was first used ({@code OrgAccess.grants}). */
    public record Entry(boolean reservedNow, String fingerprint, Integer status, String body, String location,
            String etag, Set<String> grants) {
    }

    private final EntityManager em;

    IdempotencyStore(EntityManager em) {
        this.em = em;
    }

    Entry reserve(String scope, String key, String fingerprint, Set<String> grants) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = em.createNativeQuery("insert into idempotency_keys (scope, key, fingerprint, grants,"
                    + " created_at) values (?1, ?2, ?3, ?4, now()) on conflict do nothing")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                    .setParameter(4, String.join(" ", grants)).executeUpdate();
            if (inserted == 1) {
                return new Entry(true, fingerprint, null, null, null, null, grants);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select fingerprint, status, body, location, etag, grants"
                    + " from idempotency_keys where scope = ?1 and key = ?2")
                    .setParameter(1, scope).setParameter(2, key).getResultList();
            Object[] row = rows.get(0);
            String stored = (String) row[5];
            return new Entry(false, (String) row[0], (Integer) row[1], (String) row[2], (String) row[3],
                    (String) row[4], stored.isEmpty() ? Set.of() : Set.of(stored.split(" ")));
        });
    }

    void complete(String scope, String key, int status, String body, String location, String etag) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update idempotency_keys"
                + " set status = ?3, body = ?4, location = ?5, etag = ?6 where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status).setParameter(4, body)
                .setParameter(5, location).setParameter(6, etag).executeUpdate());
    }

    void release(String scope, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotency_keys where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).executeUpdate());
    }

    /** Keys are kept 24 hours, as clients retry within minutes; every replica may run this, it is idempotent. */
    @Scheduled(every = "1h", delayed = "5m")
    void purgeExpired() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotency_keys where created_at < now() - interval '24 hours'").executeUpdate());
    }
}
