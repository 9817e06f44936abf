package org.passerelle.mission.framework;

import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

/** @param operational true for an operational objective (it has a parent) */
public record ObjectiveView(UUID id, @Nullable UUID parentId, String code, String title, @Nullable String description,
        boolean operational, long version) implements Versioned {
}
