package org.passerelle.mission.framework;

import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record ActionView(UUID id, UUID objectiveId, int year, String planned, Progress progress,
        @Nullable Integer percent, @Nullable String commentary, @Nullable String means,
        @Nullable String externalCircumstances, long version) implements Versioned {
}
