package org.passerelle.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A native query's rows as CSV, streamed from a database cursor: memory stays flat whatever the number of
 * rows. The export runs later, while the HTTP response streams, so it reads in a transaction of its own.
 */
@ApplicationScoped
public class CsvExport {

    private final EntityManager em;

    CsvExport(EntityManager em) {
        this.em = em;
    }

    /**
     * The export, to run when the response streams: {@code header} (a whole line), then each row with its
     * cells as {@code cells} makes them (e.g. SQL timestamps to instants).
     *
     * @param bind sets the query's parameters
     */
    public Consumer<Writer> of(String sql, Consumer<Query> bind, String header, UnaryOperator<Object[]> cells) {
        return out -> QuarkusTransaction.requiringNew().run(() -> {
            Query query = em.createNativeQuery(sql).setHint("org.hibernate.fetchSize", 1000)
                    .setHint("org.hibernate.readOnly", true);
            bind.accept(query);
            try {
                out.write(header);
                @SuppressWarnings("unchecked")
                Stream<Object[]> rows = query.getResultStream();
                try (rows) {
                    for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                        out.write(Csv.line(cells.apply(row)));
                    }
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
