package org.passerelle.mission.framework;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "mission_objectives")
class Objective extends TenantEntity {

    @Column(name = "parent_id")
    UUID parentId;

    @Column(nullable = false)
    String code;

    @Column(nullable = false)
    String title;

    String description;

    void apply(ObjectiveData data) {
        code = data.code().strip();
        title = data.title().strip();
        description = data.description();
    }

    ObjectiveView view() {
        return new ObjectiveView(id, parentId, code, title, description, parentId != null, version);
    }
}
