package org.passerelle.core.export;

/** Where an export writes its rows; the dialect formats each cell from its Java type. */
@FunctionalInterface
public interface CsvRows {

    /**
     * One record, its cells in the table's column order: strings, enums, integers, decimals
     * ({@link java.math.BigDecimal}, double), instants (or SQL timestamps), dates, booleans, or null (empty).
     */
    void row(Object... cells);
}
