package se.uppsikt.retention.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * At most one run executes at a time across every replica: a PostgreSQL session-level advisory lock, held on a
 * connection of its own for the whole execution. If the process dies, PostgreSQL ends the session and the lock
 * goes with it, so a crashed replica never blocks the resume.
 */
@ApplicationScoped
public class ExecutionLock {

    /** "RETENTN" in ASCII: one key for the whole service, since runs must not execute side by side. */
    public static final long KEY = 0x52455445_4E544EL;

    private final AgroalDataSource dataSource;

    public ExecutionLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The held lock, or empty when another execution holds it. */
    public Optional<Held> tryAcquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement st = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                st.setLong(1, KEY);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return Optional.of(new Held(connection));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not ask PostgreSQL for the execution lock", e);
        }
    }

    /** A held lock; closing it unlocks and returns the connection. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (PreparedStatement st = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                st.setLong(1, KEY);
                st.execute();
            } catch (SQLException e) {
                // closing the connection below ends the session, which releases the lock anyway
            } finally {
                closeQuietly(connection);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more can be done with a broken connection
            }
        }
    }
}
