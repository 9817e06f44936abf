package org.passerelle.core.apiclient;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

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

    ApiClientRegistry(ApiClientRepository clients) {
        this.clients = clients;
    }

    @Transactional
    public ApiClientView register(UUID orgId, @Valid ApiClientData data) {
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
    public ApiClientView update(UUID orgId, UUID id, long expectedVersion, @Valid ApiClientData data) {
        ApiClient client = load(orgId, id);
        StaleVersionException.check(expectedVersion, client.version);
        findByClientId(orgId, data.clientId()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new ConflictException("core.api-client.taken", data.clientId());
        });
        client.apply(data);
        clients.flush();
        return client.view();
    }

    @Transactional
    public void remove(UUID orgId, UUID id, long expectedVersion) {
        ApiClient client = load(orgId, id);
        StaleVersionException.check(expectedVersion, client.version);
        clients.delete(client);
        clients.flush();
    }

    public ApiClientView get(UUID orgId, UUID id) {
        return load(orgId, id).view();
    }

    public List<ApiClientView> list(UUID orgId) {
        return clients.list("orgId = ?1 order by clientId", orgId).stream().map(ApiClient::view).toList();
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
