package org.passerelle.training.trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.TenantEntity;

/** The training profile of a person who teaches. */
@Entity
@Table(name = "training_trainers")
class Trainer extends TenantEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TrainerKind kind;

    @Column(nullable = false, columnDefinition = "text[]")
    String[] competences;

    @Column(nullable = false)
    boolean active = true;

    @ElementCollection
    @CollectionTable(name = "training_trainer_certifications", joinColumns = @JoinColumn(name = "trainer_id"))
    @OrderColumn(name = "position")
    List<Certification> certifications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "training_trainer_upkeep", joinColumns = @JoinColumn(name = "trainer_id"))
    @OrderColumn(name = "position")
    List<UpkeepRecord> upkeep = new ArrayList<>();

    void apply(TrainerData data) {
        kind = data.kind();
        competences = data.competences() == null ? new String[0]
                : data.competences().stream().map(String::strip).distinct().toArray(String[]::new);
        certifications.clear();
        if (data.certifications() != null) {
            certifications.addAll(data.certifications());
        }
        upkeep.clear();
        if (data.upkeep() != null) {
            upkeep.addAll(data.upkeep());
        }
        active = data.active() == null || data.active();
        // Collections live in other tables: touching the row makes every change bump the version (ETag).
        updatedAt = Instants.now();
    }
}
