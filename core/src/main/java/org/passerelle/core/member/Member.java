package org.passerelle.core.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** A member structure ("adhérent"): a commune, an EPCI, a school, an association... */
@Entity
@Table(name = "members")
class Member extends TenantEntity {

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MemberKind kind;

    String siret;

    @Column(name = "insee_code")
    String inseeCode;

    Integer population;

    /** Derived from population, stored so that lists and reports filter on an indexed column. */
    @Enumerated(EnumType.STRING)
    @Column(name = "population_stratum")
    PopulationStratum populationStratum;

    @Embedded
    Address address;

    String email;

    String phone;

    @Column(nullable = false)
    boolean active = true;

    void apply(MemberData data) {
        name = data.name().strip();
        kind = data.kind();
        siret = data.siret();
        inseeCode = data.inseeCode();
        population = data.population();
        populationStratum = PopulationStratum.of(population);
        address = data.address();
        email = data.email();
        phone = data.phone();
        active = data.active() == null || data.active();
    }

    MemberView view() {
        return new MemberView(id, name, kind, siret, inseeCode, population, populationStratum, address, email, phone,
                active, version, createdAt, updatedAt);
    }
}
