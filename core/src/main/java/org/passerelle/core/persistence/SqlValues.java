package org.passerelle.core.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reading values of native query rows, whose types vary with the JDBC driver and Hibernate version. */
public final class SqlValues {

    private SqlValues() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /**
     * Ids as one text parameter read by {@code CAST(?n AS uuid[])}: a set of any size is one bind value (an
     * {@code IN} list binds one per id, and PostgreSQL takes at most 65,535).
     */
    public static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
