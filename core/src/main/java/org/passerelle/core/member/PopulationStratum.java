package org.passerelle.core.member;

/**
 * The population strata of the DGCL ("strates démographiques") that agencies use to report members,
 * e.g. the yearly "nombre d'adhérents par prestation, par strate de population".
 */
public enum PopulationStratum {
    UNDER_500(0),
    FROM_500_TO_1999(500),
    FROM_2000_TO_3499(2_000),
    FROM_3500_TO_9999(3_500),
    FROM_10000_TO_19999(10_000),
    FROM_20000_TO_49999(20_000),
    FROM_50000_TO_99999(50_000),
    FROM_100000(100_000);

    private final int lowerBound;

    PopulationStratum(int lowerBound) {
        this.lowerBound = lowerBound;
    }

    public int lowerBound() {
        return lowerBound;
    }

    /** The stratum of a population, or null when the population is unknown. */
    public static PopulationStratum of(Integer population) {
        if (population == null) {
            return null;
        }
        PopulationStratum result = UNDER_500;
        for (PopulationStratum s : values()) {
            if (population >= s.lowerBound) {
                result = s;
            }
        }
        return result;
    }
}
