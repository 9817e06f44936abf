package org.passerelle.core.access;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The callers' access per organisation, resolved once per identity instead of at every request (organisation by
 * slug, person by subject, membership: three statements and a transaction). Whatever changes what an access
 * says (a membership, an API client, an organisation) calls {@link #changed()}: every entry is dropped when that
 * transaction ends, so this instance refuses a removed role at once. An entry also expires after
 * {@code passerelle.access.cache-ttl}, which bounds how late another instance sees the change (docs/security.md).
 * Only granted accesses are kept; a refusal is computed again each time.
 */
@ApplicationScoped
public class AccessCache {

    private record Key(String slug, Identity identity) {
    }

    /** An access with the generation it was loaded under: an entry of an older generation is never served. */
    private record Entry(OrgAccess access, long generation, long loadedAt) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;
    private final long ttlNanos;
    private final int maxEntries;

    AccessCache(TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "passerelle.access.cache-ttl", defaultValue = "30S") Duration ttl,
            @ConfigProperty(name = "passerelle.access.cache-size", defaultValue = "10000") int maxEntries) {
        this.transactions = transactions;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    OrgAccess get(String slug, Identity identity, Supplier<OrgAccess> load) {
        Key key = new Key(slug, identity);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == generation.get() && now - entry.loadedAt() < ttlNanos) {
            return entry.access();
        }
        // Read before loading: a change committed while this load reads the old rows makes the entry stale.
        long loadedUnder = generation.get();
        OrgAccess access = load.get();
        if (entries.size() >= maxEntries) {
            entries.clear(); // bounded: a full cache starts again rather than grow
        }
        entries.put(key, new Entry(access, loadedUnder, now));
        return access;
    }

    /**
     * What some access says has changed in the current transaction: all entries are dropped now and again once
     * it ends, as a load between the two would have read the rows as they were before the commit.
     */
    public void changed() {
        invalidate();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
    }

    private void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}
