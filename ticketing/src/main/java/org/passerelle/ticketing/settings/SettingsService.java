package org.passerelle.ticketing.settings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.cache.ChangeAwareCache;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.ticketing.TicketingPolicy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Ticketing rules per organisation, created with defaults on first use: read by staff, set by admins
 * ({@link TicketingPolicy}).
 */
@ApplicationScoped
public class SettingsService {

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final ObjectMapper json;
    /** Every ticket creation needs its organisation's rules: read once, kept until changed. */
    private final ChangeAwareCache<UUID, TicketingSettings> cache;

    SettingsService(EntityManager em, TicketingPolicy policy, ObjectMapper json,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "passerelle.ticketing.cache-ttl", defaultValue = "5M") Duration ttl) {
        this.em = em;
        this.policy = policy;
        this.json = json;
        this.cache = new ChangeAwareCache<>(transactions, ttl, 10_000);
    }

    public TicketingSettings get(OrgAccess caller) {
        policy.readSettings(caller);
        return get(caller.orgId());
    }

    /**
     * The organisation's rules, for the desk's own computations (no caller to check): read, and written with the
     * defaults only the first time (in a transaction of its own when the caller has none); then kept in memory until
     * they change (on another instance: for {@code passerelle.ticketing.cache-ttl} at most).
     */
    public TicketingSettings get(UUID orgId) {
        return cache.get(orgId, () -> load(orgId));
    }

    private TicketingSettings load(UUID orgId) {
        Object[] row = read(orgId).orElseGet(() -> {
            QuarkusTransaction.joiningExisting().run(() -> ensure(orgId));
            return read(orgId).orElseThrow();
        });
        try {
            return new TicketingSettings(
                    json.readValue((String) row[0], new TypeReference<Map<Impact, Map<Urgency, Priority>>>() {
                    }),
                    json.readValue((String) row[1], new TypeReference<List<SlaTarget>>() {
                    }),
                    ((Number) row[2]).intValue(), ((Number) row[3]).longValue());
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable ticketing settings for " + orgId, e);
        }
    }

    @Transactional
    public TicketingSettings replace(OrgAccess caller, long expectedVersion, @Valid TicketingSettings settings) {
        policy.manageSettings(caller);
        UUID orgId = caller.orgId();
        StaleVersionException.check(expectedVersion, load(orgId).version());
        if (!settings.isComplete()) {
            throw new RuleViolationException("priorityMatrix", "ticketing.settings.incomplete");
        }
        em.createNativeQuery("update ticketing_settings set priority_matrix = ?2, sla_targets = ?3,"
                + " auto_close_business_days = ?4, version = version + 1, updated_at = now() where org_id = ?1")
                .setParameter(1, orgId).setParameter(2, write(settings.priorityMatrix()))
                .setParameter(3, write(settings.slaTargets())).setParameter(4, settings.autoCloseBusinessDays())
                .executeUpdate();
        cache.changed();
        return load(orgId);
    }

    private Optional<Object[]> read(UUID orgId) {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = em.createNativeQuery("select priority_matrix, sla_targets, auto_close_business_days,"
                + " version from ticketing_settings where org_id = ?1").setParameter(1, orgId).getResultStream();
        return rows.findFirst();
    }

    private void ensure(UUID orgId) {
        TicketingSettings d = TicketingSettings.defaults();
        em.createNativeQuery("insert into ticketing_settings (org_id, priority_matrix, sla_targets,"
                + " auto_close_business_days, updated_at) values (?1, ?2, ?3, ?4, now()) on conflict do nothing")
                .setParameter(1, orgId).setParameter(2, write(d.priorityMatrix())).setParameter(3, write(d.slaTargets()))
                .setParameter(4, d.autoCloseBusinessDays()).executeUpdate();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
