package org.passerelle.core.team;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.CorePolicy;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;


/** Teams of an organisation: few per tenant, so lists are whole. */
@ApplicationScoped
public class TeamService {

    @ApplicationScoped
    static class TeamRepository implements TenantRepository<Team> {
    }

    private final TeamRepository teams;
    private final CorePolicy policy;

    TeamService(TeamRepository teams, CorePolicy policy) {
        this.teams = teams;
        this.policy = policy;
    }

    @Transactional
    public TeamView create(OrgAccess caller, @Valid TeamData data) {
        policy.manageTeams(caller);
        UUID orgId = caller.orgId();
        requireUniqueName(orgId, null, data.name());
        Team team = new Team();
        team.orgId = orgId;
        team.apply(data);
        teams.persistAndFlush(team);
        return team.view();
    }

    @Transactional
    public TeamView update(OrgAccess caller, UUID id, long expectedVersion, @Valid TeamData data) {
        policy.manageTeams(caller);
        UUID orgId = caller.orgId();
        Team team = load(orgId, id);
        StaleVersionException.check(expectedVersion, team.version);
        requireUniqueName(orgId, id, data.name());
        team.apply(data);
        teams.flush();
        return team.view();
    }

    @Transactional
    public void delete(OrgAccess caller, UUID id, long expectedVersion) {
        policy.manageTeams(caller);
        Team team = load(caller.orgId(), id);
        StaleVersionException.check(expectedVersion, team.version);
        teams.delete(team);
        teams.flush();
    }

    public TeamView get(OrgAccess caller, UUID id) {
        policy.readCatalogue(caller);
        return load(caller.orgId(), id).view();
    }

    /** For other modules' code that already holds the organisation id (categories, notifications). */
    public TeamView get(UUID orgId, UUID id) {
        return load(orgId, id).view();
    }

    /** The name of each of these teams of the organisation, for other modules' statistics and exports: one query. */
    public Map<UUID, String> names(UUID orgId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return teams.list("orgId = ?1 and id in ?2", orgId, ids).stream()
                .collect(Collectors.toMap(t -> t.id, t -> t.name));
    }

    public boolean exists(UUID orgId, UUID id) {
        return teams.findInOrg(orgId, id).isPresent();
    }

    public List<TeamView> list(OrgAccess caller) {
        policy.readCatalogue(caller);
        return teams.list("orgId = ?1 order by lower(name)", caller.orgId()).stream().map(Team::view).toList();
    }

    private Team load(UUID orgId, UUID id) {
        return teams.getInOrg(orgId, id, "team");
    }

    private void requireUniqueName(UUID orgId, UUID self, String name) {
        boolean taken = teams.find("orgId = ?1 and lower(name) = lower(?2)", orgId, name.strip()).stream()
                .anyMatch(t -> !t.id.equals(self));
        if (taken) {
            throw new ConflictException("core.team.name-taken", name);
        }
    }
}
