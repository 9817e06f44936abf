package org.passerelle.core.team;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

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

    TeamService(TeamRepository teams) {
        this.teams = teams;
    }

    @Transactional
    public TeamView create(UUID orgId, @Valid TeamData data) {
        requireUniqueName(orgId, null, data.name());
        Team team = new Team();
        team.orgId = orgId;
        team.apply(data);
        teams.persistAndFlush(team);
        return team.view();
    }

    @Transactional
    public TeamView update(UUID orgId, UUID id, long expectedVersion, @Valid TeamData data) {
        Team team = load(orgId, id);
        StaleVersionException.check(expectedVersion, team.version);
        requireUniqueName(orgId, id, data.name());
        team.apply(data);
        teams.flush();
        return team.view();
    }

    @Transactional
    public void delete(UUID orgId, UUID id, long expectedVersion) {
        Team team = load(orgId, id);
        StaleVersionException.check(expectedVersion, team.version);
        teams.delete(team);
        teams.flush();
    }

    public TeamView get(UUID orgId, UUID id) {
        return load(orgId, id).view();
    }

    public boolean exists(UUID orgId, UUID id) {
        return teams.findInOrg(orgId, id).isPresent();
    }

    public List<TeamView> list(UUID orgId) {
        return teams.list("orgId = ?1 order by lower(name)", orgId).stream().map(Team::view).toList();
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
