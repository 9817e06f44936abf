package org.passerelle.inclusion.equipment;

import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.core.persistence.Versioned;

public record ItemView(UUID id, UUID lotId, String serialNumber, @Nullable String model, ItemState state, long version)
        implements Versioned {
}
