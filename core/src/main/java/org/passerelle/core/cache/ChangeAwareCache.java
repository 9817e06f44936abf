package org.passerelle.core.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Values read from the database once and served from memory until what they say changes: the code that changes
 * it calls {@link #changed()}, and every entry is dropped at once and again when that transaction ends, so this
 * instance never serves the old value after the commit. An entry also expires after {@code ttl}, which bounds how
 * late another instance sees the change; past {@code maxEntries} the cache starts again rather than grow.
 */
public final class ChangeAwareCache<K, V> {

    /** A value with the generation it was loaded under: an entry of an older generation is never served. */
    private record Entry<V>(V value, long generation, long loadedAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;
    private final long ttlNanos;
    private final int maxEntries;

    public ChangeAwareCache(TransactionSynchronizationRegistry transactions, Duration ttl, int maxEntries) {
        this.transactions = transactions;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The value of {@code key}, loaded (and kept) when absent, stale or expired. */
    public V get(K key, Supplier<V> load) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.generation() == generation.get() && now - entry.loadedAt() < ttlNanos) {
            return entry.value();
        }
        // Read before loading: a change committed while this load reads the old rows makes the entry stale.
        long loadedUnder = generation.get();
        V value = load.get();
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, loadedUnder, now));
        return value;
    }

    /**
     * Something the values say has changed in the current transaction: all entries are dropped now and again once
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
