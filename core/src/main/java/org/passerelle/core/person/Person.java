package org.passerelle.core.person;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.UuidGenerator;

import org.passerelle.core.persistence.Instants;

/**
 * A human, across organisations: only the identity, never what an organisation says about the person (the
 * name and roles live in each organisation's {@link Membership}). Registered by email; {@code subject} is the
 * OIDC {@code sub} once the person has called the API with a token whose email is trusted.
 */
@Entity
@Table(name = "people")
class Person {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(nullable = false, unique = true)
    String email;

    @Column(unique = true)
    String subject;

    @Column(name = "linked_at")
    Instant linkedAt;

    @Version
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @PrePersist
    void onCreate() {
        createdAt = Instants.now();
    }
}
