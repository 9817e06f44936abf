package org.passerelle.core.organisation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

public record OrganisationView(UUID id, String slug, String name, OrganisationKind kind, String siren,
        String timeZone, long version, Instant createdAt) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
