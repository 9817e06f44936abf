package org.passerelle.core.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A native query's rows as a CSV table, streamed from a database cursor: memory stays flat whatever the number
 * of rows. The rows are read later, while the HTTP response streams, so in a transaction of their own.
 */
@ApplicationScoped
public class CsvExport {

    private final EntityManager em;

    CsvExport(EntityManager em) {
        this.em = em;
    }

    /**
     * The table of the query's rows, one column per selected value (SQL timestamps are instants, numerics
     * decimals: the dialect formats them).
     *
     * @param bind    sets the query's parameters
     * @param labels  message-key prefix of the column labels (see {@link CsvTable})
     * @param columns the column keys
     */
    public CsvTable of(String sql, Consumer<Query> bind, String labels, List<String> columns) {
        return of(sql, bind, labels, columns, UnaryOperator.identity());
    }

    /** The same, each row's cells first passed through {@code cells} (e.g. minutes to hours). */
    public CsvTable of(String sql, Consumer<Query> bind, String labels, List<String> columns,
            UnaryOperator<Object[]> cells) {
        return new CsvTable(labels, columns, out -> QuarkusTransaction.requiringNew().run(() -> {
            Query query = em.createNativeQuery(sql).setHint("org.hibernate.fetchSize", 1000)
                    .setHint("org.hibernate.readOnly", true);
            bind.accept(query);
            @SuppressWarnings("unchecked")
            Stream<Object[]> rows = query.getResultStream();
            try (rows) {
                rows.forEach(row -> out.row(cells.apply(row)));
            }
        }));
    }
}
