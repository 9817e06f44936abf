package org.passerelle.mission.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Period;
import org.passerelle.core.indicator.Unit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

class SnapshotProvenanceTest {

    /** As core's DatabaseJsonFormat writes and reads jsonb columns. */
    private final ObjectMapper database = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A snapshot as stored before the record existed, when provenance was a map of strings and numbers. */
    private static final String STORED = """
            {"source":"tickets.resolved","parameters":{"priority":"HIGH"},"from":"2024-01-01","to":"2024-12-31",\
            "records":12,"computedAt":"2025-01-02T08:30:00.123456Z","unit":"COUNT"}""";

    @Test
    void a_stored_snapshot_still_reads() throws Exception {
        SnapshotProvenance p = database.readValue(STORED, SnapshotProvenance.class);
        assertEquals(new SnapshotProvenance("tickets.resolved", Map.of("priority", "HIGH"), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), 12, Instant.parse("2025-01-02T08:30:00.123456Z"), Unit.COUNT), p);
        assertEquals("tickets.resolved (n = 12)", p.label());
    }

    @Test
    void it_is_written_in_the_stored_shape() throws Exception {
        SnapshotProvenance p = database.readValue(STORED, SnapshotProvenance.class);
        assertEquals(database.readTree(STORED), database.readTree(database.writeValueAsString(p)));
    }

    @Test
    void it_keeps_what_the_indicator_source_computed() {
        IndicatorDefinition definition = new IndicatorDefinition("tickets.resolved", "Tickets résolus",
                "Resolved tickets", Unit.COUNT, List.of());
        IndicatorQuery query = new IndicatorQuery(null, null, Period.year(2024), Map.of("priority", "HIGH"));
        IndicatorValue value = IndicatorValue.of(definition, query, java.math.BigDecimal.TEN, 12);
        SnapshotProvenance p = SnapshotProvenance.of(value);
        assertEquals("tickets.resolved", p.source());
        assertEquals(Map.of("priority", "HIGH"), p.parameters());
        assertEquals(LocalDate.of(2024, 1, 1), p.from());
        assertEquals(LocalDate.of(2024, 12, 31), p.to());
        assertEquals(12, p.records());
        assertEquals(value.provenance().computedAt(), p.computedAt());
        assertEquals(Unit.COUNT, p.unit());
    }
}
