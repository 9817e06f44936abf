package org.passerelle.core.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopulationStratumTest {

    @ParameterizedTest
    @CsvSource({ "0,UNDER_500", "499,UNDER_500", "500,FROM_500_TO_1999", "1999,FROM_500_TO_1999",
            "3500,FROM_3500_TO_9999", "9999,FROM_3500_TO_9999", "55000,FROM_50000_TO_99999", "100000,FROM_100000" })
    void the_stratum_follows_the_population(int population, PopulationStratum expected) {
        assertEquals(expected, PopulationStratum.of(population));
    }

    @org.junit.jupiter.api.Test
    void an_unknown_population_has_no_stratum() {
        assertNull(PopulationStratum.of(null));
    }
}
