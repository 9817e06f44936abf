package org.passerelle.core.person;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** A person's place in one organisation: roles, and for requesters the member structure they act for. */
@Entity
@Table(name = "memberships")
class Membership extends TenantEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    UUID personId;

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
