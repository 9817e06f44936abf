package org.passerelle.core.person;

import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

/**
 * A person as seen from one organisation: nothing in it comes from another organisation. {@code name} is the
 * name this organisation gave; {@code version} is the membership's (what an update changes); {@code linked}
 * tells whether the person has already used a token in this organisation; {@code teamId} is an agent's team,
 * {@code memberContact} marks a requester as its structure's administrative contact.
 */
public record PersonView(UUID id, String email, String name, Set<Role> roles, @Nullable UUID memberId,
        @Nullable UUID teamId, boolean memberContact, boolean linked, long version) implements Versioned {
}
