package org.passerelle.api.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Every SQL statement Hibernate prepares while recording, with the transaction it runs in: a test counts what
 * one request costs the database by the statements of the transaction that wrote what it looks for.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedStatements implements StatementInspector {

    /** A statement and the transaction it ran in (null outside any). */
    public record Statement(Object transaction, String thread, String sql) {
    }

    private final TransactionSynchronizationRegistry transactions;
    private final List<Statement> statements = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    RecordedStatements(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    @Override
    public String inspect(String sql) {
        if (recording) {
            statements.add(new Statement(transactions.getTransactionKey(), Thread.currentThread().getName(), sql));
        }
        return sql;
    }

    /** Records from now on, forgetting what was recorded before. */
    public void start() {
        statements.clear();
        recording = true;
    }

    /** Stops recording; what was recorded, in order. */
    public List<Statement> stop() {
        recording = false;
        return new ArrayList<>(statements);
    }

    /** The statements of the transaction that ran the first statement containing {@code marker}, in order. */
    public static List<String> transactionOf(List<Statement> recorded, String marker) {
        Object tx = recorded.stream().filter(s -> s.sql().contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("No statement containing " + marker)).transaction();
        return recorded.stream().filter(s -> tx != null && Objects.equals(s.transaction(), tx)).map(Statement::sql)
                .toList();
    }
}
