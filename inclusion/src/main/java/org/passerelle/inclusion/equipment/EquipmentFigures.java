package org.passerelle.inclusion.equipment;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.Nullable;

/**
 * What the programme did in a year, for the activity and mission reports: overall, then per territory (the
 * beneficiaries' communes).
 *
 * @param total       the year's figures
 * @param territories the same figures per commune, by commune
 */
public record EquipmentFigures(int year, EquipmentCounts total, List<TerritoryCounts> territories) {

    /**
     * @param itemsLent      devices handed over in the year
     * @param itemsGranted   devices that became their beneficiary's in the year
     * @param pathsCompleted loans whose training path was completed in the year
     * @param pathsAbandoned loans whose path was given up in the year
     * @param completionRate paths completed among paths ended in the year, in percent (null when none ended)
     */
    public record EquipmentCounts(long itemsLent, long itemsGranted, long pathsCompleted, long pathsAbandoned,
            @Nullable BigDecimal completionRate) {
    }

    public record TerritoryCounts(String commune, EquipmentCounts counts) {
    }
}
