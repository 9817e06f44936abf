package org.passerelle.core.page;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list. {@code next} is an opaque cursor, absent on the last page.
 */
public record Page<T>(List<T> items, String next) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only tells that more exist.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, request.limit());
        return new Page<>(List.copyOf(items), cursorOf.apply(items.get(items.size() - 1)).encode());
    }
}
