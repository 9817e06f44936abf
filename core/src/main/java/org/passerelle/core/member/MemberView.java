package org.passerelle.core.member;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record MemberView(UUID id, String name, MemberKind kind, @Nullable String siret, @Nullable String inseeCode,
        @Nullable Integer population, @Nullable PopulationStratum populationStratum, @Nullable Address address,
        @Nullable String email, @Nullable String phone, boolean active, long version, Instant createdAt,
        Instant updatedAt) implements Versioned {
}
