package org.passerelle.core.apiclient;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;
import org.passerelle.core.person.Role;

/** A partner system, known by the OIDC client id of its client-credentials tokens. */
@Entity
@Table(name = "api_clients")
class ApiClient extends TenantEntity {

    @Column(name = "client_id", nullable = false)
    String clientId;

    @Column(nullable = false)
    String name;

    @Column(nullable = false, columnDefinition = "text[]")
    String[] roles;

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String r : roles) {
            set.add(Role.fromCode(r));
        }
        return set;
    }

    void apply(ApiClientData data) {
        clientId = data.clientId();
        name = data.name().strip();
        roles = data.roles().stream().sorted().map(Role::code).toArray(String[]::new);
    }

    ApiClientView view() {
        return new ApiClientView(id, clientId, name, roleSet(), version);
    }
}
