package se.uppsikt.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL server from zonky's embedded binaries (no Docker, works as root) and points the
 * service's default datasource at it.
 * <p>
 * One server per test JVM: Quarkus may restart the application between test classes with different resources, and
 * starting PostgreSQL again each time would cost more than it proves. The server is stopped by a shutdown hook when
 * the JVM ends.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; a failed stop only leaves a temporary directory behind
                }
            }));
        }
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "quarkus.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // kept running for the next test class; see the class comment
    }
}
