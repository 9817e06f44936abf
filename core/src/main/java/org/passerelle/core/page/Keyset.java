package org.passerelle.core.page;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.passerelle.core.error.InvalidParameterException;

/**
 * Keyset pagination for queries over rows aliased {@code e} (an HQL entity, or a SQL table with an {@code id}
 * column): the order is a non-null sort expression then {@code e.id}, and a cursor resumes strictly after the
 * last row of the previous page.
 * Offsets are never used, so page N costs the same as page 1 on an index of (org_id, sort key, id).
 */
public final class Keyset {

    /**
     * One way a list of {@code E} can be ordered.
     *
     * @param expression HQL (or SQL) expression of the sort key, over alias {@code e}
     * @param keyOf      the same key read from a loaded row, for the next cursor
     * @param parser     reads a cursor's sort key back into a query parameter
     */
    public record Sort<E>(String name, String expression, boolean descending, Function<E, Object> keyOf,
            Function<String, Object> parser) {

        /** Parses {@code ?sort=} as {@code name} or {@code -name} among the allowed (ascending) sorts. */
        @SafeVarargs
        public static <E> Sort<E> parse(String requested, Sort<E>... allowed) {
            if (requested == null || requested.isBlank()) {
                return allowed[0];
            }
            boolean descending = requested.startsWith("-");
            String name = descending ? requested.substring(1) : requested;
            List<Sort<E>> sorts = Arrays.asList(allowed);
            return sorts.stream()
                    .filter(s -> s.name().equals(name))
                    .findFirst()
                    .map(s -> new Sort<>(s.name, s.expression, descending, s.keyOf, s.parser))
                    .orElseThrow(() -> new InvalidParameterException("sort", "core.invalid-sort", requested,
                            String.join(", ", sorts.stream().map(Sort::name).toList())));
        }

        public Cursor cursorOf(E row, UUID id) {
            return new Cursor(String.valueOf(keyOf.apply(row)), id);
        }
    }

    private Keyset() {
    }

    /** Appends the resume condition (if any) and the order clause to a query that already has a where clause. */
    public static String apply(String hql, Map<String, Object> params, Sort<?> sort, Cursor after) {
        return hql + resume(params, sort, after) + orderBy(sort, sort.expression(), "e.id");
    }

    /** {@code " and (…)"}, the condition of the rows after the cursor (binding its parameters), or "" on page 1. */
    public static String resume(Map<String, Object> params, Sort<?> sort, Cursor after) {
        if (after == null) {
            return "";
        }
        String op = sort.descending() ? "<" : ">";
        try {
            params.put("_sortKey", sort.parser().apply(after.sortKey()));
        } catch (RuntimeException e) {
            throw new InvalidParameterException("cursor", "core.invalid-cursor");
        }
        params.put("_id", after.id());
        // A row comparison, not "k < :k or (k = :k and id < :id)": PostgreSQL turns it into an index condition on
        // (org_id, key, id), so a page deep in a large table costs what page 1 does.
        return " and (" + sort.expression() + ", e.id) " + op + " (:_sortKey, :_id)";
    }

    /** {@code " order by key, id"} in the sort's direction, over the given expressions of the key and the id. */
    public static String orderBy(Sort<?> sort, String key, String id) {
        String direction = sort.descending() ? " desc" : "";
        return " order by " + key + direction + ", " + id + direction;
    }
}
