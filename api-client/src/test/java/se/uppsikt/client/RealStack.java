package se.uppsikt.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import se.uppsikt.testsupport.OidcServerResource;

/**
 * The real Uppsikt, as a municipality runs it, on this machine: each service's packaged application
 * ({@code <module>/target/quarkus-app/quarkus-run.jar}) as a child process with its own database in one embedded
 * PostgreSQL, an identity provider (the OIDC test server, or the caller's real one), and the gateway in front. Child
 * output goes to {@code target/real-stack/<name>.log}. Shared as a test jar: the system test starts it against
 * Keycloak; the benchmark starts it one service at a time to measure each one's time to ready.
 */
public final class RealStack implements AutoCloseable {

    /** Module name to environment prefix of its port variable; in the order they are started. */
    private static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("channel-registry-service", "REGISTRY");
        SERVICES.put("archive-service", "ARCHIVE");
        SERVICES.put("moderation-service", "MODERATION");
        SERVICES.put("retention-service", "RETENTION");
    }

    // five JVMs starting at once on two shared cores took 22-49 s each when measured
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    /** Written by {@code -Dquarkus.package.jar.appcds.enabled=true} beside quarkus-run.jar. */
    private static final String APP_CDS = "app-cds.jsa";

    private final Path root;
    private final Path logs;
    private final List<Process> processes = new ArrayList<>();
    private final Map<Process, String> names = new HashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, Long> launchedAt = new HashMap<>();
    private final Map<String, Duration> readyAfter = new HashMap<>();
    private final Map<String, Boolean> appCds = new HashMap<>();
    private EmbeddedPostgres postgres;
    private OidcServerResource oidc;
    private String gatewayUrl;

    /**
     * How tests start each service: small heap, quick start (C1 only), serial GC — five JVMs on two cores. Benchmarks
     * pass their own (production-like) options.
     */
    public static final List<String> TEST_JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final List<String> jvmOptions;
    private final boolean oneAtATime;

    private RealStack(Path root, List<String> jvmOptions, boolean oneAtATime) {
        this.root = root;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.oneAtATime = oneAtATime;
        // absolute: a child started with an AppCDS archive runs in its application directory
        this.logs = Path.of("target", "real-stack").toAbsolutePath();
    }

    /** Starts everything with the OIDC test server and returns once the gateway and every service report ready. */
    public static RealStack start() {
        return start(null, Map.of());
    }

    /**
     * Starts everything against the caller's identity provider ({@code null}: the OIDC test server) and returns once
     * the gateway and every service report ready.
     *
     * @param oidcUrl the realm every service and the gateway trust, e.g. {@code http://127.0.0.1:8090/realms/uppsikt}
     * @param settings further environment per module name ({@code gateway} included), applied last: client secrets,
     *        fakes of third-party systems, shorter schedules
     */
    public static RealStack start(String oidcUrl, Map<String, Map<String, String>> settings) {
        return start(oidcUrl, settings, TEST_JVM);
    }

    /** As {@link #start(String, Map)}, with the JVM options every service and the gateway are started with. */
    public static RealStack start(String oidcUrl, Map<String, Map<String, String>> settings,
            List<String> jvmOptions) {
        return start(oidcUrl, settings, jvmOptions, false);
    }

    /**
     * As {@link #start(String, Map, List)}; with {@code oneAtATime} each service (then the gateway) is launched only
     * once the one before answers ready, so that {@link #readyAfter(String)} is that service's own time to ready and
     * not the time five JVMs take to share two cores. Slower in total; tests start them all at once.
     */
    public static RealStack start(String oidcUrl, Map<String, Map<String, String>> settings,
            List<String> jvmOptions, boolean oneAtATime) {
        String rootProperty = System.getProperty("uppsikt.root");
        if (rootProperty == null) {
            throw new IllegalStateException("System property uppsikt.root (the repository root) is not set");
        }
        RealStack stack = new RealStack(Path.of(rootProperty), jvmOptions, oneAtATime);
        try {
            stack.boot(oidcUrl, settings);
        } catch (RuntimeException | IOException | SQLException e) {
            stack.close();
            throw new IllegalStateException("The real stack did not start; see target/real-stack/*.log", e);
        }
        return stack;
    }

    public String gatewayUrl() {
        return gatewayUrl;
    }

    /** The service's own address, for its internal APIs that the gateway does not route on purpose. */
    public String url(String module) {
        return local(module);
    }

    /** The operating-system process id of a service or the gateway, e.g. to read its memory from /proc. */
    public long pid(String module) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(module + " was not started")).getKey().pid();
    }

    /**
     * Wall time from launching the child's JVM until its {@code /q/health/ready} first answered 200, polled every
     * 50 ms when started one at a time (every 500 ms otherwise, so only a coarse figure): JVM start, Quarkus start and
     * the first database connection, which Quarkus's own "started in" does not all include.
     */
    public Duration readyAfter(String module) {
        Duration ready = readyAfter.get(module);
        if (ready == null) {
            throw new IllegalArgumentException(module + " was not started");
        }
        return ready;
    }

    /**
     * Whether the child was started with its packaged AppCDS archive ({@code app-cds.jsa}). The JVM still ignores an
     * archive that does not match (it says so in the child's log: "Unable to use shared archive").
     */
    public boolean startedWithAppCds(String module) {
        return appCds.getOrDefault(module, false);
    }

    /** Where a child's output goes. */
    public Path logPath(String module) {
        return logs.resolve(module + ".log");
    }

    /** JDBC URL of a database in the stack's PostgreSQL (a service's: {@code archive}, {@code retention}, …). */
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    /** A new connection to a database in the stack's PostgreSQL, for checks and baselines beside the services. */
    public Connection connection(String database) throws SQLException {
        return postgres.getDatabase("postgres", database).getConnection();
    }

    private void boot(String externalOidcUrl, Map<String, Map<String, String>> settings)
            throws IOException, SQLException {
        Files.createDirectories(logs);
        for (String module : SERVICES.keySet()) {
            requireJar(module);
        }
        requireJar("gateway");

        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String module : SERVICES.keySet()) {
                statement.execute("CREATE DATABASE " + database(module));
            }
        }
        String oidcUrl = externalOidcUrl;
        if (oidcUrl == null) {
            oidc = new OidcServerResource();
            oidcUrl = oidc.start().get("quarkus.oidc.auth-server-url");
        }

        for (String module : SERVICES.keySet()) {
            ports.put(module, freePort());
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Map<String, String> common = new HashMap<>();
        common.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcUrl);
        // client credentials of service-to-service calls: the test server's token endpoint, any secret
        common.put("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", oidcUrl);
        common.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", "test-only");
        common.put("QUARKUS_REST_CLIENT_CHANNEL_REGISTRY_URL", local("channel-registry-service"));
        common.put("QUARKUS_REST_CLIENT_ARCHIVE_URL", local("archive-service"));
        common.put("QUARKUS_REST_CLIENT_MODERATION_URL", local("moderation-service"));
        common.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        common.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");

        for (String module : SERVICES.keySet()) {
            Map<String, String> env = new HashMap<>(common);
            env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(module)));
            env.put("QUARKUS_OIDC_CLIENT_CLIENT_ID", module);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", database(module)));
            if ("archive-service".equals(module)) {
                env.put("UPPSIKT_ARCHIVE_BLOB_DIR", Files.createTempDirectory("uppsikt-blobs").toString());
            }
            env.putAll(settings.getOrDefault(module, Map.of()));
            launch(module, env);
            if (oneAtATime) {
                awaitReady(http, module, local(module));
            }
        }
        int gatewayPort = freePort();
        ports.put("gateway", gatewayPort);
        Map<String, String> gateway = new HashMap<>();
        gateway.put("UPPSIKT_GATEWAY_PORT", Integer.toString(gatewayPort));
        gateway.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcUrl);
        SERVICES.forEach((module, route) -> gateway.put("UPPSIKT_GATEWAY_ROUTES_" + route + "_UPSTREAM",
                local(module)));
        gateway.putAll(settings.getOrDefault("gateway", Map.of()));
        launch("gateway", gateway);
        gatewayUrl = "http://localhost:" + gatewayPort;

        if (!oneAtATime) {
            for (String module : SERVICES.keySet()) {
                awaitReady(http, module, local(module));
            }
        }
        awaitReady(http, "gateway", gatewayUrl);
    }

    private void awaitReady(HttpClient http, String name, String baseUrl) {
        Awaitility.await(name + " ready at " + baseUrl)
                .atMost(READY_WITHIN)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(oneAtATime ? 50 : 500))
                // outside ignoreExceptions: a child that died must end the wait at once, not after READY_WITHIN
                .failFast(() -> {
                    names.forEach((process, child) -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(child + " ended with exit code " + process.exitValue()
                                    + "; see target/real-stack/" + child + ".log");
                        }
                    });
                })
                .ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        readyAfter.put(name, Duration.ofNanos(System.nanoTime() - launchedAt.get(name)));
    }

    private void launch(String module, Map<String, String> env) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        Path app = snapshot(module);
        boolean withAppCds = Files.isRegularFile(app.resolve(APP_CDS));
        if (withAppCds) {
            // the archive records the class path as the build ran it (-jar quarkus-run.jar in the application
            // directory) and each jar's size and time: any other path and the JVM ignores the archive
            command.add("-XX:SharedArchiveFile=" + APP_CDS);
            command.addAll(List.of("-jar", "quarkus-run.jar"));
        } else {
            command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(module + ".log").toFile());
        if (withAppCds) {
            builder.directory(app.toFile());
        }
        appCds.put(module, withAppCds);
        builder.environment().putAll(env);
        try {
            launchedAt.put(module, System.nanoTime());
            Process process = builder.start();
            processes.add(process);
            names.put(process, module);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + module, e);
        }
    }

    private String local(String module) {
        return "http://localhost:" + ports.get(module);
    }

    private void requireJar(String module) {
        if (!Files.isRegularFile(jar(module))) {
            throw new IllegalStateException(jar(module) + " is missing: package " + module
                    + " first (the full reactor build does, api-client comes last)");
        }
    }

    /**
     * A copy of the module's packaged application under target/real-stack/apps: a build of that module while the
     * stack runs rewrites its quarkus-app in place, which a running JVM reading its jars does not survive.
     */
    private Path snapshot(String module) {
        Path source = jar(module).getParent();
        Path copy = logs.resolve("apps").resolve(module);
        try {
            if (Files.exists(copy)) {
                try (Stream<Path> old = Files.walk(copy)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(copy.getParent());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path path : files.toList()) {
                    // with their times: an AppCDS archive is only used with the very jars it was dumped from
                    Files.copy(path, copy.resolve(source.relativize(path).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + source + " to " + copy, e);
        }
        return copy;
    }

    private Path jar(String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static String database(String module) {
        return module.replace("-service", "").replace('-', '_');
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        if (oidc != null) {
            oidc.stop();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // only a temporary directory is left behind
            }
        }
    }
}
