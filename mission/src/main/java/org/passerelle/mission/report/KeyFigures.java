package org.passerelle.mission.report;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.Nullable;

/**
 * The year's operational figures of every module, as an activity report shows them (the agency's "chiffres
 * clés"): each indicator source of the SPI, computed over the calendar year.
 */
public record KeyFigures(String organisation, int year, List<Figure> figures) {

    /** @param records how many records the value was computed from */
    public record Figure(String key, String label, String unit, @Nullable BigDecimal value, long records) {
    }
}
