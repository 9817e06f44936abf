package org.passerelle.mission.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;
import org.passerelle.core.persistence.Versioned;

/**
 * @param dueOn when the OTI's opinion is due: with the management report, at the latest six months after the
 *              period's last fiscal year ends (the annual general meeting's deadline)
 */
public record VerificationView(UUID id, LocalDate periodFrom, LocalDate periodTo, String verifier, LocalDate dueOn,
        @Nullable String opinion, List<ConclusionView> conclusions, long version) implements Versioned {
}
