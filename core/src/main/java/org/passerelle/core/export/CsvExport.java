package org.passerelle.core.export;

import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.replica.NativeSql;
import org.passerelle.core.replica.ReadDatabase;

/**
 * A native query's rows as a CSV table, streamed from a database cursor: memory stays flat whatever the number
 * of rows. The rows are read later, while the HTTP response streams, through {@link ReadDatabase}: on the replica
 * when it is usable.
 */
@ApplicationScoped
public class CsvExport {

    private final ReadDatabase reads;

    CsvExport(ReadDatabase reads) {
        this.reads = reads;
    }

    /**
     * The table of the query's rows, one column per selected value (SQL timestamps are instants, numerics
     * decimals: the dialect formats them).
     *
     * @param labels  message-key prefix of the column labels (see {@link CsvTable})
     * @param columns the column keys
     */
    public CsvTable of(NativeSql query, String labels, List<String> columns) {
        return of(query, labels, columns, UnaryOperator.identity());
    }

    /** The same, each row's cells first passed through {@code cells} (e.g. minutes to hours). */
    public CsvTable of(NativeSql query, String labels, List<String> columns, UnaryOperator<Object[]> cells) {
        return new CsvTable(labels, columns, out -> reads.stream(query, row -> out.row(cells.apply(row))));
    }
}
