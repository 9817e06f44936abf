package org.passerelle.mission.sesame;

import java.time.Instant;
import java.util.UUID;

/** @param respondents committee members who answered at least one criterion */
public record CampaignView(UUID id, int year, boolean closed, Instant closedAt, long respondents, long version) {
}
