package org.passerelle.mission.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Unit;

/**
 * Where a snapshot's value comes from, stored with it ({@code jsonb}) and served as is: an auditor can compute
 * it again. Its shape is the stored one; a stored snapshot must keep reading, so a change here needs a migration.
 *
 * @param source  the indicator source's key
 * @param records how many records the value was computed from
 */
@Schema(name = "SnapshotProvenance")
public record SnapshotProvenance(String source, Map<String, String> parameters, LocalDate from, LocalDate to,
        long records, Instant computedAt, Unit unit) {

    static SnapshotProvenance of(IndicatorValue computed) {
        IndicatorValue.Provenance p = computed.provenance();
        return new SnapshotProvenance(p.sourceKey(), p.parameters(), p.period().from(), p.period().to(),
                p.recordCount(), p.computedAt(), computed.unit());
    }

    /** How a report names it: the source and how many records it counted. */
    public String label() {
        return source + " (n = " + records + ")";
    }
}
