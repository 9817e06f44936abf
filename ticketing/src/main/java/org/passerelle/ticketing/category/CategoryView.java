package org.passerelle.ticketing.category;

import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.ticketing.ticket.Level;
import org.passerelle.core.persistence.Versioned;

public record CategoryView(UUID id, @Nullable UUID parentId, String name, UUID teamId, @Nullable UUID serviceId,
        Level defaultLevel, boolean active, long version) implements Versioned {
}
