package org.passerelle.core.service;

import java.util.UUID;

public record ServiceView(UUID id, String code, String name, String description, UUID teamId, boolean active,
        long version) {
}
