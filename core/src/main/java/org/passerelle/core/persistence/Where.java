package org.passerelle.core.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The one way to build the where clause of a search, in HQL or SQL alike: a first condition (the
 * organisation), then conditions added only when their filter is given, each with its named parameters.
 * Values are always bound, never written into the text.
 *
 * <pre>{@code
 * Where w = Where.of("e.orgId = :orgId", "orgId", orgId)
 *         .andIfGiven("e.kind = :kind", "kind", filter.kind());
 * em.createQuery("from SomeEntity e" + w.clause(), ...)  // then bind w.params()
 * }</pre>
 */
public final class Where {

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    private Where() {
    }

    /** The first condition, with its parameters as name, value pairs. */
    public static Where of(String condition, Object... namesAndValues) {
        Where where = new Where();
        where.text.append(condition);
        where.bind(namesAndValues);
        return where;
    }

    /** Adds a condition that always applies. */
    public Where and(String condition, Object... namesAndValues) {
        return andIf(true, condition, namesAndValues);
    }

    /** Adds the condition when {@code test} holds. */
    public Where andIf(boolean test, String condition, Object... namesAndValues) {
        if (test) {
            text.append(" and ").append(condition);
            bind(namesAndValues);
        }
        return this;
    }

    /** Adds the condition when its one parameter is given: not null, not blank, not an empty collection. */
    public Where andIfGiven(String condition, String name, Object value) {
        return andIf(given(value), condition, name, value);
    }

    /** {@code " where …"}, to append to a {@code from}. */
    public String clause() {
        return " where " + text;
    }

    /** The parameters, in a map the caller may add to (keyset pagination adds its own). */
    public Map<String, Object> params() {
        return new HashMap<>(params);
    }

    static boolean given(Object value) {
        return value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof Collection<?> c && c.isEmpty());
    }

    private void bind(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Parameters go by name, value pairs");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
    }
}
