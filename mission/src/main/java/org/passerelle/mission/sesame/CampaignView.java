package org.passerelle.mission.sesame;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

/** @param respondents committee members who answered at least one criterion */
public record CampaignView(UUID id, int year, boolean closed, @Nullable Instant closedAt, long respondents, long version) implements Versioned {
}
