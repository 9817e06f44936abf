package org.passerelle.core.replica;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Native queries on a plain JDBC connection (one of {@link ReadDatabase#read}), written as for the EntityManager:
 * numbered parameters {@code ?1}, {@code ?2}… that may repeat, rows as {@code Object[]}. Lets a module move its
 * read-only SQL to the replica without rewriting it.
 */
public final class Queries {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private final Connection connection;

    private Queries(Connection connection) {
        this.connection = connection;
    }

    public static Queries on(Connection connection) {
        return new Queries(connection);
    }

    /** Every row of the query. */
    public List<Object[]> list(String sql, Object... parameters) throws SQLException {
        List<Integer> order = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (PreparedStatement s = connection.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < order.size(); i++) {
                s.setObject(i + 1, jdbcValue(parameters[order.get(i) - 1]));
            }
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = r.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
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

    /** The PostgreSQL driver binds timestamps as OffsetDateTime, not Instant. */
    private static Object jdbcValue(Object value) {
        return value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : value;
    }
}
