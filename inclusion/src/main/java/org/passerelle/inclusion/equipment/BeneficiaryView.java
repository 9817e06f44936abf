package org.passerelle.inclusion.equipment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.core.persistence.Versioned;

public record BeneficiaryView(UUID id, String name, @Nullable String email, @Nullable String phone, String commune,
        @Nullable UUID memberId, @Nullable UUID personId, Eligibility eligibility, @Nullable String eligibilityNote,
        @Nullable LocalDate charterSignedOn, long version) implements Versioned {
}
