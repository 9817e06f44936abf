package org.passerelle.core.team;

import java.util.UUID;

public record TeamView(UUID id, String name, String email, String description, long version) {
}
