package org.passerelle.core.member;

import java.time.Instant;
import java.util.UUID;

public record MemberView(UUID id, String name, MemberKind kind, String siret, String inseeCode, Integer population,
        PopulationStratum populationStratum, Address address, String email, String phone, boolean active,
        long version, Instant createdAt, Instant updatedAt) {
}
