package org.passerelle.ticketing.category;

import java.util.UUID;

import org.passerelle.ticketing.ticket.Level;

public record CategoryView(UUID id, UUID parentId, String name, UUID teamId, UUID serviceId, Level defaultLevel,
        boolean active, long version) {
}
