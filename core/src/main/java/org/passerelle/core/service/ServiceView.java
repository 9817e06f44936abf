package org.passerelle.core.service;

import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record ServiceView(UUID id, String code, String name, @Nullable String description, UUID teamId, boolean active,
        long version) implements Versioned {
}
