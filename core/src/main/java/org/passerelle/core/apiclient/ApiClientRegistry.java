package org.passerelle.core.apiclient;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.CorePolicy;
import org.passerelle.core.access.AccessCache;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;


/** Partner systems registered in an organisation, with the roles their tokens get there. */
@ApplicationScoped
public class ApiClientRegistry {

    @ApplicationScoped
    static class ApiClientRepository implements TenantRepository<ApiClient> {
    }

    private final ApiClientRepository clients;
    private final CorePolicy policy;
    private final AccessCache accesses;

    ApiClientRegistry(ApiClientRepository clients, CorePolicy policy, AccessCache accesses) {
        this.clients = clients;
        this.policy = policy;
        this.accesses = accesses;
    }

    @Transactional
    public ApiClientView register(OrgAccess caller, @Valid ApiClientData data) {
        policy.registerApiClient(caller);
        UUID orgId = caller.orgId();
        if (findByClientId(orgId, data.clientId()).isPresent()) {
            throw new ConflictException("core.api-client.taken", data.clientId());
        }
        ApiClient client = new ApiClient();
        client.orgId = orgId;
        client.apply(data);
        clients.persistAndFlush(client);
        return client.view();
    }

    @Transactional
    public ApiClientView update(OrgAccess caller, UUID id, long expectedVersion, @Valid ApiClientData data) {
        policy.manageApiClients(caller);
        UUID orgId = caller.orgId();
        ApiClient client = load(orgId, id);
        StaleVersionException.check(expectedVersion, client.version);
        findByClientId(orgId, data.clientId()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new ConflictException("core.api-client.taken", data.clientId());
        });
        client.apply(data);
        clients.flush();
        accesses.changed();
        return client.view();
    }

    @Transactional
    public void remove(OrgAccess caller, UUID id, long expectedVersion) {
        policy.manageApiClients(caller);
        ApiClient client = load(caller.orgId(), id);
        StaleVersionException.check(expectedVersion, client.version);
        clients.delete(client);
        clients.flush();
        accesses.changed();
    }

    public ApiClientView get(OrgAccess caller, UUID id) {
        policy.manageApiClients(caller);
        return load(caller.orgId(), id).view();
    }

    public List<ApiClientView> list(OrgAccess caller) {
        policy.manageApiClients(caller);
        return clients.list("orgId = ?1 order by clientId", caller.orgId()).stream().map(ApiClient::view).toList();
    }

    public Optional<ApiClientView> findByClientId(UUID orgId, String clientId) {
        return clients.find("orgId = ?1 and clientId = ?2", orgId, clientId).firstResultOptional()
                .map(ApiClient::view);
    }

    /** Whether any organisation knows this client id: tells a partner token from a person's. */
    public boolean isRegisteredAnywhere(String clientId) {
        return clients.count("clientId", clientId) > 0;
    }

    private ApiClient load(UUID orgId, UUID id) {
        return clients.getInOrg(orgId, id, "api-client");
    }
}
