package org.passerelle.mission.sesame;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.Nullable;

/**
 * The committee's view of one criterion.
 *
 * @param average      mean level out of 4, truncated to two decimals as the grid's results are published
 *                     (19/6 = 3.1666… reads 3.16); null without answers
 * @param distribution how many members chose level 1, 2, 3 and 4
 */
public record CriterionResult(Criterion criterion, String label, List<String> levels, @Nullable BigDecimal average,
        long respondents, List<Long> distribution, List<String> comments) {
}
