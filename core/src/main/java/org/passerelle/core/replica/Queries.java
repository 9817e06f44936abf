package org.passerelle.core.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Native queries on a plain JDBC connection (one of {@link ReadDatabase#read}), written as for the EntityManager:
 * numbered parameters {@code ?1}, {@code ?2}… that may repeat, rows as {@code Object[]}. Lets a module move its
 * read-only SQL to the replica without rewriting it.
 */
public final class Queries {

    private final Connection connection;

    private Queries(Connection connection) {
        this.connection = connection;
    }

    public static Queries on(Connection connection) {
        return new Queries(connection);
    }

    /** Every row of the query. */
    public List<Object[]> list(String sql, Object... parameters) throws SQLException {
        return list(NativeSql.numbered(sql, parameters));
    }

    /** Every row of the query. */
    public List<Object[]> list(NativeSql query) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        query.forEachRow(connection, 0, rows::add);
        return rows;
    }

    /** The one row of the query (an aggregate). */
    public Object[] single(String sql, Object... parameters) throws SQLException {
        List<Object[]> rows = list(sql, parameters);
        if (rows.size() != 1) {
            throw new SQLException(rows.size() + " rows where one was expected");
        }
        return rows.get(0);
    }

    /** The one value of the query. */
    public Object value(String sql, Object... parameters) throws SQLException {
        return single(sql, parameters)[0];
    }
}
