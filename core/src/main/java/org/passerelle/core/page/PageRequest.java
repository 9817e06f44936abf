package org.passerelle.core.page;

import org.passerelle.core.error.InvalidParameterException;

/** What the client asked for: a page size and, after the first page, a cursor. */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "core.invalid-limit", MAX_LIMIT);
        }
    }

    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit,
                cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
