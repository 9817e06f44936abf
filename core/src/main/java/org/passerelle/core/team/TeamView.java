package org.passerelle.core.team;

import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record TeamView(UUID id, String name, @Nullable String email, @Nullable String description, long version) implements Versioned {
}
