package org.passerelle.core.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.UuidGenerator;

import org.passerelle.core.persistence.Instants;

/** The tenant. Not a {@code TenantEntity}: it is what the others belong to. */
@Entity
@Table(name = "organisations")
class Organisation {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    String slug;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganisationKind kind;

    String siren;

    @Column(name = "time_zone", nullable = false)
    String timeZone;

    @Version
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @PrePersist
    void onCreate() {
        createdAt = Instants.now();
    }

    OrganisationView view() {
        return new OrganisationView(id, slug, name, kind, siren, timeZone, version, createdAt);
    }
}
