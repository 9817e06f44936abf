package org.passerelle.core.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.annotations.UuidGenerator;

/**
 * Every row of tenant data: a time-ordered UUID, the owning organisation, an optimistic-lock
 * version (exposed as the HTTP ETag) and audit timestamps.
 */
@MappedSuperclass
public abstract class TenantEntity {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "org_id", nullable = false, updatable = false)
    public UUID orgId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        // A service may fix the creation instant first, when other fields are computed from it.
        if (createdAt == null) {
            createdAt = Instants.now();
        }
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instants.now();
    }
}
