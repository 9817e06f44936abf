package org.passerelle.core.apiclient;

import java.util.Set;
import java.util.UUID;

import org.passerelle.core.person.Role;
import org.passerelle.core.persistence.Versioned;

public record ApiClientView(UUID id, String clientId, String name, Set<Role> roles, long version) implements Versioned {
}
