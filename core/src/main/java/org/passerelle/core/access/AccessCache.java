package org.passerelle.core.access;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.core.cache.ChangeAwareCache;

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

    private final ChangeAwareCache<Key, OrgAccess> entries;

    AccessCache(TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "passerelle.access.cache-ttl", defaultValue = "30S") Duration ttl,
            @ConfigProperty(name = "passerelle.access.cache-size", defaultValue = "10000") int maxEntries) {
        this.entries = new ChangeAwareCache<>(transactions, ttl, maxEntries);
    }

    OrgAccess get(String slug, Identity identity, Supplier<OrgAccess> load) {
        return entries.get(new Key(slug, identity), load);
    }

    /** What some access says has changed in the current transaction (see {@link ChangeAwareCache#changed()}). */
    public void changed() {
        entries.changed();
    }
}
