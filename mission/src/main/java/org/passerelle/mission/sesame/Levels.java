package org.passerelle.mission.sesame;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Arithmetic of a criterion's answers, given how many members chose each level (1 to 4): the average is
 * truncated to two decimals (19/6 → 3.16), as the grid's results are published, never rounded up.
 */
final class Levels {

    private Levels() {
    }

    static long respondents(long[] countPerLevel) {
        long n = 0;
        for (long c : countPerLevel) {
            n += c;
        }
        return n;
    }

    /** Null without respondents. */
    static BigDecimal average(long[] countPerLevel) {
        long respondents = respondents(countPerLevel);
        if (respondents == 0) {
            return null;
        }
        long sum = 0;
        for (int level = 1; level <= countPerLevel.length; level++) {
            sum += level * countPerLevel[level - 1];
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(respondents), 2, RoundingMode.DOWN);
    }
}
