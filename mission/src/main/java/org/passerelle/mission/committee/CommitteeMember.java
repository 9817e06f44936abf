package org.passerelle.mission.committee;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "mission_committee_members")
class CommitteeMember extends TenantEntity {

    @Column(name = "person_id")
    UUID personId;

    @Column(nullable = false)
    String name;

    String bio;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CommitteeRole role;

    boolean employee;

    @Column(name = "term_start", nullable = false)
    LocalDate termStart;

    @Column(name = "term_end")
    LocalDate termEnd;

    void apply(CommitteeMemberData data) {
        personId = data.personId();
        name = data.name().strip();
        bio = data.bio();
        role = data.role();
        employee = data.employee();
        termStart = data.termStart();
        termEnd = data.termEnd();
    }

    CommitteeMemberView view() {
        return new CommitteeMemberView(id, personId, name, bio, role, employee, termStart, termEnd, version);
    }
}
