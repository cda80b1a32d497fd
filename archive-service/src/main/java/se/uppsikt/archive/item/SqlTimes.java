package se.uppsikt.archive.item;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Native queries return {@code timestamptz} columns as {@link Instant}, {@link OffsetDateTime} or {@link Timestamp}
 * depending on the driver and Hibernate version; every reader of such a column goes through here.
 */
public final class SqlTimes {

    private SqlTimes() {
    }

    /** The column value as a UTC instant, or null for SQL NULL. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
