package org.passerelle.api.http;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.api.problem.ApiException;
import org.passerelle.core.retention.RetentionTarget;


/**
 * Stored first responses, keyed by caller+method+path and the client's key. Every method runs inside the
 * request's own transaction (see {@link IdempotencyInterceptor}): a key is held by a transaction-scoped
 * advisory lock while its request runs, and its response is written by the same transaction as the work,
 * so a crash or a failure leaves no trace and a commit leaves both.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A stored first response; {@code grants} are the caller's rights then ({@code OrgAccess.grants}). */
    public record Entry(String fingerprint, int status, String body, String location, String etag, Set<String> grants) {
    }

    private final EntityManager em;

    IdempotencyStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Holds the key until the current transaction ends and returns its stored response, if a committed request
     * already gave one. A key held by another running request is a 409: that request either commits (and the
     * next retry replays it) or rolls back (and the next retry does the work).
     */
    Optional<Entry> hold(String scope, String key) {
        boolean held = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, scope + "\n" + key).getSingleResult();
        if (!held) {
            throw new ApiException(409, "api.idempotency.in-progress", key);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fingerprint, status, body, location, etag, grants"
                + " from idempotency_keys where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(row -> {
            String grants = (String) row[5];
            return new Entry((String) row[0], (Integer) row[1], (String) row[2], (String) row[3], (String) row[4],
                    grants.isEmpty() ? Set.of() : Set.of(grants.split(" ")));
        });
    }

    /** Stores the response of the work done in the current transaction; both commit or neither does. */
    void save(String scope, String key, Entry entry) {
        em.createNativeQuery("insert into idempotency_keys (scope, key, fingerprint, grants, status, body, location,"
                + " etag, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now())")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, entry.fingerprint())
                .setParameter(4, String.join(" ", entry.grants())).setParameter(5, entry.status())
                .setParameter(6, entry.body()).setParameter(7, entry.location()).setParameter(8, entry.etag())
                .executeUpdate();
    }

    /**
     * Keys are kept {@code passerelle.retention.idempotency-keys} (24 hours), as clients retry within minutes; the
     * retention job purges them in batches, on every replica.
     */
    @Produces
    @ApplicationScoped
    static RetentionTarget expiredKeys(EntityManager em,
            @ConfigProperty(name = "passerelle.retention.idempotency-keys", defaultValue = "24h") Duration retention) {
        return RetentionTarget.sql("idempotency_keys", em, retention,
                "delete from idempotency_keys where (scope, key) in (select scope, key from idempotency_keys"
                        + " where created_at < now() - make_interval(secs => ?1) limit ?2)");
    }
}
