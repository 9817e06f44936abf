package org.passerelle.mission.framework;

import java.util.UUID;

public record ActionView(UUID id, UUID objectiveId, int year, String planned, Progress progress, Integer percent,
        String commentary, String means, String externalCircumstances, long version) {
}
