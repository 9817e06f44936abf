package org.passerelle.core.person;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/**
 * A person's place in one organisation: the name the organisation knows the person by, roles, and for
 * requesters the member structure they act for. What one organisation sets here never shows in another.
 */
@Entity
@Table(name = "memberships")
class Membership extends TenantEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    UUID personId;

    /** The name this organisation gave the person (another organisation may know the person by another). */
    @Column(nullable = false)
    String name;

    @Column(nullable = false, columnDefinition = "text[]")
    String[] roles;

    @Column(name = "member_id")
    UUID memberId;

    /** The agent's team (pôle). */
    @Column(name = "team_id")
    UUID teamId;

    /** The requester is its structure's administrative contact (approves purchase orders). */
    @Column(name = "member_contact", nullable = false)
    boolean memberContact;

    /** When the person first used a token in this organisation; null until then. Not an admin's edit: no version. */
    @Column(name = "first_used_at", insertable = false, updatable = false)
    Instant firstUsedAt;

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String r : roles) {
            set.add(Role.fromCode(r));
        }
        return set;
    }

    void setRoles(Set<Role> newRoles) {
        roles = newRoles.stream().sorted().map(Role::code).toArray(String[]::new);
    }
}
