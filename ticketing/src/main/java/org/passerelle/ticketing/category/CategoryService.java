package org.passerelle.ticketing.category;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.cache.ChangeAwareCache;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.core.service.ServiceCatalog;
import org.passerelle.core.team.TeamService;
import org.passerelle.ticketing.TicketingPolicy;

/** The category tree of an organisation: read by its members, managed by its admins ({@link TicketingPolicy}). */
@ApplicationScoped
public class CategoryService {

    @ApplicationScoped
    static class CategoryRepository implements TenantRepository<Category> {
    }

    private record Key(UUID orgId, UUID id) {
    }

    private final CategoryRepository categories;
    private final TicketingPolicy policy;
    private final TeamService teams;
    private final ServiceCatalog services;
    /** Every ticket creation routes through its category: read once, kept until a category changes. */
    private final ChangeAwareCache<Key, CategoryView> routing;

    CategoryService(CategoryRepository categories, TicketingPolicy policy, TeamService teams, ServiceCatalog services,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "passerelle.ticketing.cache-ttl", defaultValue = "5M") Duration ttl) {
        this.categories = categories;
        this.policy = policy;
        this.teams = teams;
        this.services = services;
        this.routing = new ChangeAwareCache<>(transactions, ttl, 10_000);
    }

    @Transactional
    public CategoryView create(OrgAccess caller, @Valid CategoryData data) {
        policy.manageCategories(caller);
        return create(caller.orgId(), data);
    }

    /** Creates a category with no caller to check: for trusted code only (demo data). */
    @Transactional
    public CategoryView create(UUID orgId, @Valid CategoryData data) {
        validate(orgId, null, data);
        Category c = new Category();
        c.orgId = orgId;
        c.apply(data);
        categories.persistAndFlush(c);
        routing.changed();
        return c.view();
    }

    @Transactional
    public CategoryView update(OrgAccess caller, UUID id, long expectedVersion, @Valid CategoryData data) {
        policy.readCategories(caller);
        UUID orgId = caller.orgId();
        Category c = categories.getInOrg(orgId, id, "category");
        policy.manageCategories(caller);
        StaleVersionException.check(expectedVersion, c.version);
        validate(orgId, id, data);
        c.apply(data);
        categories.flush();
        routing.changed();
        return c.view();
    }

    public CategoryView get(OrgAccess caller, UUID id) {
        policy.readCategories(caller);
        return get(caller.orgId(), id);
    }

    /**
     * A category of the organisation, for routing (no caller to check): kept in memory until a category changes (on
     * another instance: for {@code passerelle.ticketing.cache-ttl} at most).
     */
    public CategoryView get(UUID orgId, UUID id) {
        return routing.get(new Key(orgId, id), () -> categories.getInOrg(orgId, id, "category").view());
    }

    public List<CategoryView> list(OrgAccess caller) {
        policy.readCategories(caller);
        return categories.list("orgId = ?1 order by lower(name)", caller.orgId()).stream().map(Category::view)
                .toList();
    }

    private void validate(UUID orgId, UUID self, CategoryData data) {
        rule("teamId", data.teamId(), () -> teams.get(orgId, data.teamId()));
        if (data.serviceId() != null) {
            rule("serviceId", data.serviceId(), () -> services.get(orgId, data.serviceId()));
        }
        if (data.parentId() != null) {
            // Walking up from the parent must never reach the category itself.
            UUID cursor = data.parentId();
            for (int depth = 0; cursor != null; depth++) {
                if (cursor.equals(self) || depth > 20) {
                    throw new RuleViolationException("parentId", "ticketing.category.cycle");
                }
                UUID current = cursor;
                Category parent = categories.findInOrg(orgId, current)
                        .orElseThrow(() -> new RuleViolationException("parentId", "ticketing.category.unknown", current));
                cursor = parent.parentId;
            }
        }
        boolean taken = categories.list("orgId = ?1 and lower(name) = lower(?2)", orgId, data.name().strip()).stream()
                .anyMatch(c -> !c.id.equals(self) && java.util.Objects.equals(c.parentId, data.parentId()));
        if (taken) {
            throw new ConflictException("ticketing.category.name-taken", data.name());
        }
    }

    private static void rule(String field, UUID id, Runnable lookup) {
        try {
            lookup.run();
        } catch (NotFoundException e) {
            throw new RuleViolationException(field, "ticketing.category.unknown", id);
        }
    }
}
