package org.passerelle.mission.committee;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A committee seat: a person of the organisation (who can then answer the Sésame evaluation) or an external
 * member known by name and bio.
 *
 * @param employee whether the member is an employee of the company (the law wants at least one)
 */
public record CommitteeMemberData(UUID personId, @NotBlank @Size(max = 200) String name, @Size(max = 4000) String bio,
        @NotNull CommitteeRole role, boolean employee, @NotNull LocalDate termStart, LocalDate termEnd) {
}
