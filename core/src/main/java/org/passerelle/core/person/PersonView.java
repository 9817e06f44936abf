package org.passerelle.core.person;

import java.util.Set;
import java.util.UUID;

/**
 * A person as seen from one organisation. {@code version} is the membership's (what an update changes);
 * {@code linked} tells whether the person has already signed in.
 */
public record PersonView(UUID id, String email, String name, Set<Role> roles, UUID memberId, boolean linked,
        long version) {
}
