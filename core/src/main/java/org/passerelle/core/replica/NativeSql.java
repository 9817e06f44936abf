package org.passerelle.core.replica;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A native query written as for the EntityManager, made ready for plain JDBC: its parameters, numbered ({@code ?1},
 * may repeat) or named ({@code :name}, as {@link org.passerelle.core.persistence.Where} builds them), become
 * {@code ?} placeholders with their values in order, a collection one placeholder per element (as Hibernate expands
 * {@code in (:list)}).
 */
public final class NativeSql {

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");
    /** Not the {@code ::} of a cast. */
    private static final Pattern NAMED = Pattern.compile("(?<!:):([A-Za-z_]\\w*)");

    private final String jdbc;
    private final List<Object> values;

    private NativeSql(String jdbc, List<Object> values) {
        this.jdbc = jdbc;
        this.values = values;
    }

    /** A query with numbered parameters: {@code parameters[0]} is {@code ?1}. */
    public static NativeSql numbered(String sql, Object... parameters) {
        return parse(sql, NUMBERED, n -> parameters[Integer.parseInt(n) - 1]);
    }

    /** A query with named parameters. */
    public static NativeSql named(String sql, Map<String, ?> parameters) {
        return parse(sql, NAMED, name -> {
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name);
            }
            return parameters.get(name);
        });
    }

    private static NativeSql parse(String sql, Pattern parameter, Function<String, Object> value) {
        List<Object> values = new ArrayList<>();
        Matcher m = parameter.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            Object v = value.apply(m.group(1));
            if (v instanceof Collection<?> c) {
                values.addAll(c);
                m.appendReplacement(jdbc, String.join(", ", Collections.nCopies(c.size(), "?")));
            } else {
                values.add(v);
                m.appendReplacement(jdbc, "?");
            }
        }
        m.appendTail(jdbc);
        return new NativeSql(jdbc.toString(), values);
    }

    /**
     * Runs the query on {@code connection} and gives each row to {@code row}, fetched {@code fetchSize} at a time
     * (0: all at once; PostgreSQL fetches by cursor only with autocommit off).
     */
    void forEachRow(Connection connection, int fetchSize, Consumer<Object[]> row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(jdbc)) {
            statement.setFetchSize(fetchSize);
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, jdbcValue(values.get(i)));
            }
            try (ResultSet r = statement.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] cells = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        cells[c] = r.getObject(c + 1);
                    }
                    row.accept(cells);
                }
            }
        }
    }

    /** The PostgreSQL driver binds timestamps as OffsetDateTime, not Instant. */
    private static Object jdbcValue(Object value) {
        return value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : value;
    }
}
