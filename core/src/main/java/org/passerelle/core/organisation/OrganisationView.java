package org.passerelle.core.organisation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record OrganisationView(UUID id, String slug, String name, OrganisationKind kind, @Nullable String siren,
        String timeZone, long version, Instant createdAt) implements Versioned {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
