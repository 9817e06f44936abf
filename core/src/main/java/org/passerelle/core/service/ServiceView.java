package org.passerelle.core.service;

import java.util.UUID;

import jakarta.annotation.Nullable;

public record ServiceView(UUID id, String code, String name, @Nullable String description, UUID teamId, boolean active,
        long version) {
}
