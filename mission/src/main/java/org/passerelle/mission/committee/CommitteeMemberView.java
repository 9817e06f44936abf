package org.passerelle.mission.committee;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

public record CommitteeMemberView(UUID id, @Nullable UUID personId, String name, @Nullable String bio,
        CommitteeRole role, boolean employee, LocalDate termStart, @Nullable LocalDate termEnd, long version) implements Versioned {

    public boolean sitsOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day));
    }
}
