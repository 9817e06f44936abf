package org.passerelle.core.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.CorePolicy;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.core.team.TeamService;


/** The services ("prestations") an organisation offers to its members. */
@ApplicationScoped
public class ServiceCatalog {

    @ApplicationScoped
    static class ServiceRepository implements TenantRepository<Service> {
    }

    private final ServiceRepository services;
    private final TeamService teams;
    private final CorePolicy policy;

    ServiceCatalog(ServiceRepository services, TeamService teams, CorePolicy policy) {
        this.services = services;
        this.teams = teams;
        this.policy = policy;
    }

    @Transactional
    public ServiceView create(OrgAccess caller, @Valid ServiceData data) {
        policy.manageServices(caller);
        UUID orgId = caller.orgId();
        requireTeam(orgId, data.teamId());
        requireUniqueCode(orgId, null, data.code());
        Service service = new Service();
        service.orgId = orgId;
        service.apply(data);
        services.persistAndFlush(service);
        return service.view();
    }

    @Transactional
    public ServiceView update(OrgAccess caller, UUID id, long expectedVersion, @Valid ServiceData data) {
        policy.manageServices(caller);
        UUID orgId = caller.orgId();
        Service service = load(orgId, id);
        StaleVersionException.check(expectedVersion, service.version);
        requireTeam(orgId, data.teamId());
        requireUniqueCode(orgId, id, data.code());
        service.apply(data);
        services.flush();
        return service.view();
    }

    @Transactional
    public void delete(OrgAccess caller, UUID id, long expectedVersion) {
        policy.manageServices(caller);
        Service service = load(caller.orgId(), id);
        StaleVersionException.check(expectedVersion, service.version);
        services.delete(service);
        services.flush();
    }

    public ServiceView get(OrgAccess caller, UUID id) {
        policy.readCatalogue(caller);
        return load(caller.orgId(), id).view();
    }

    /** For other modules' code that already holds the organisation id (subscriptions, tickets, categories). */
    public ServiceView get(UUID orgId, UUID id) {
        return load(orgId, id).view();
    }

    public List<ServiceView> list(OrgAccess caller, UUID teamId) {
        policy.readCatalogue(caller);
        UUID orgId = caller.orgId();
        List<Service> found = teamId == null
                ? services.list("orgId = ?1 order by code", orgId)
                : services.list("orgId = ?1 and teamId = ?2 order by code", orgId, teamId);
        return found.stream().map(Service::view).toList();
    }

    public Map<UUID, ServiceView> byIds(UUID orgId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return services.list("orgId = ?1 and id in ?2", orgId, ids).stream().map(Service::view)
                .collect(Collectors.toMap(ServiceView::id, Function.identity()));
    }

    private Service load(UUID orgId, UUID id) {
        return services.getInOrg(orgId, id, "service");
    }

    private void requireTeam(UUID orgId, UUID teamId) {
        try {
            teams.get(orgId, teamId);
        } catch (NotFoundException e) {
            throw new RuleViolationException("teamId", "core.service.unknown-team", teamId);
        }
    }

    private void requireUniqueCode(UUID orgId, UUID self, String code) {
        boolean taken = services.find("orgId = ?1 and code = ?2", orgId, code).stream()
                .anyMatch(s -> !s.id.equals(self));
        if (taken) {
            throw new ConflictException("core.service.code-taken", code);
        }
    }
}
