package org.passerelle.mission.committee;

import java.time.LocalDate;
import java.util.UUID;

public record CommitteeMemberView(UUID id, UUID personId, String name, String bio, CommitteeRole role, boolean employee,
        LocalDate termStart, LocalDate termEnd, long version) {

    public boolean sitsOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day));
    }
}
