package org.passerelle.mission.framework;

import java.util.UUID;

/** @param operational true for an operational objective (it has a parent) */
public record ObjectiveView(UUID id, UUID parentId, String code, String title, String description,
        boolean operational, long version) {
}
