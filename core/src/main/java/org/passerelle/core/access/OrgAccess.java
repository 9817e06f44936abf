package org.passerelle.core.access;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.person.Role;

/**
 * What the caller may do in one organisation. Exactly one of {@code personId} and {@code clientId} is set,
 * except for a platform admin without membership, who has neither roles nor person here.
 */
public record OrgAccess(UUID orgId, String slug, ZoneId zone, Set<Role> roles, UUID memberId, UUID teamId,
        boolean memberContact, UUID personId, String clientId, boolean platformAdmin) {

    public boolean has(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }

    /** Refuses with 403 unless the caller holds one of the roles. */
    public OrgAccess require(Role... any) {
        if (!has(any)) {
            throw new AccessDeniedException();
        }
        return this;
    }

    /**
     * What this access grants, as comparable words (roles, member structure, platform administration): a stored
     * answer may be shown again only to a caller whose grants still include those it was first given under.
     */
    public Set<String> grants() {
        Set<String> grants = new TreeSet<>();
        roles.forEach(r -> grants.add("role:" + r.code()));
        if (memberId != null) {
            grants.add("member:" + memberId);
        }
        if (platformAdmin) {
            grants.add("platform-admin");
        }
        return grants;
    }
}
