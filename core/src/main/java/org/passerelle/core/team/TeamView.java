package org.passerelle.core.team;

import java.util.UUID;

import jakarta.annotation.Nullable;

public record TeamView(UUID id, String name, @Nullable String email, @Nullable String description, long version) {
}
