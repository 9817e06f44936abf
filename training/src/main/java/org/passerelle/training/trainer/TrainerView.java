package org.passerelle.training.trainer;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.passerelle.core.persistence.Versioned;

/**
 * @param hoursTaught sum of the durations of the past half-day slots of its running or completed sessions
 * @param expiredCertifications names of certifications whose expiry date has passed
 */
public record TrainerView(UUID id, UUID personId, String name, TrainerKind kind, List<String> competences,
        List<Certification> certifications, List<UpkeepRecord> upkeep, boolean active, BigDecimal hoursTaught,
        List<String> expiredCertifications, long version) implements Versioned {
}
