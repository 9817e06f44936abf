package org.passerelle.inclusion.diagnostic;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign's figures, computed in SQL.
 *
 * @param assessed          participants with at least one result
 * @param participationRate assessed / participants in percent, two decimals; null without participants
 * @param proposals         courses proposed; {@code accepted} of them turned into enrolments
 */
public record CampaignFigures(long participants, long assessed, @Nullable BigDecimal participationRate,
        List<AreaLevel> areas, long proposals, long accepted) {

    /** @param averageLevel mean level over the area's results, two decimals; null without results */
    @Schema(name = "AreaLevel")
    public record AreaLevel(Area area, String label, @Nullable BigDecimal averageLevel, long results) {
    }
}
