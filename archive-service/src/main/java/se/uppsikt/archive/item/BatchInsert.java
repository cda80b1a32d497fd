package se.uppsikt.archive.item;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Many rows of one INSERT as a single JDBC batch on the current transaction's connection. For the rows that are not
 * entities (blob records, feed cursors, tombstones, disposal outcomes): one native query per row was a round trip
 * each, which made ingest and disposal of large batches slow (issue 12).
 */
public final class BatchInsert {

    /** Sets the statement's parameters for one row. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private BatchInsert() {
    }

    public static <T> void run(EntityManager em, String sql, Collection<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (T row : rows) {
                    binder.bind(insert, row);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
