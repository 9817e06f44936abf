package org.passerelle.core.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV document to write: its columns and its rows, independent of the dialect.
 *
 * @param labels  the message-key prefix of the column labels ({@code training.csv.}: {@code training.csv.email}
 *                in the training bundle), used by the spreadsheet dialect
 * @param columns the column keys, snake_case English: the header of the RFC 4180 dialect
 * @param rows    writes the rows; may run later, while the response streams
 */
public record CsvTable(String labels, List<String> columns, Consumer<CsvRows> rows) {

    public CsvTable {
        columns = List.copyOf(columns);
    }
}
