package se.uppsikt.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keycloak from Maven Central's distribution, in dev mode, importing a copy of the committed realm
 * ({@code local/keycloak/uppsikt-realm.json}) to which only test identities are added: a second archivist (four-eyes
 * approval needs two) and the capture tool's machine client. Started as {@code ./uppsikt} starts it: a fixed
 * frontend name in every token, back-channel calls on 127.0.0.1.
 */
final class Keycloak implements AutoCloseable {

    /** The second archivist; the committed realm has one archivist only. */
    static final String SECOND_ARCHIVIST = "astrid.arkiv";
    /** Test-only machine client in the role of a capture tool feeding the archive (role service). */
    static final String CAPTURE_CLIENT = "system-test-capture";
    static final String CAPTURE_SECRET = "system-test-capture-secret";

    // the first start builds Keycloak and imports the realm: 123 s measured on the shared machine, 360 s under load
    private static final Duration READY_WITHIN = Duration.ofSeconds(600);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path log;
    private final int port;
    private Process process;

    private Keycloak(Path log, int port) {
        this.log = log;
        this.port = port;
    }

    static Keycloak start(Path home, Path committedRealm, Path logs) {
        Keycloak keycloak = new Keycloak(logs.resolve("keycloak.log"), freePort());
        try {
            keycloak.boot(home, committedRealm, logs);
        } catch (RuntimeException | IOException e) {
            keycloak.close();
            throw new IllegalStateException("Keycloak did not start: " + e.getMessage(), e);
        }
        return keycloak;
    }

    /** The realm as the services reach it; tokens name http://localhost:port as issuer whichever address is used. */
    String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/uppsikt";
    }

    /** A person's access token by password grant through the demo client uppsikt-cli (demo passwords). */
    String tokenFor(String username) {
        return token(Map.of("grant_type", "password", "client_id", "uppsikt-cli", "username", username,
                "password", "demo-" + username));
    }

    /** A machine client's access token by client credentials. */
    String serviceToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + form.getOrDefault("username",
                        form.get("client_id")) + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return json.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void boot(Path home, Path committedRealm, Path logs) throws IOException {
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kc)) {
            throw new IllegalStateException(kc + " is missing; the build unpacks keycloak-quarkus-dist into target/");
        }
        Files.createDirectories(logs);
        // a fresh dev database each run: --import-realm skips a realm that already exists
        deleteTree(home.resolve("data/h2"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        json.writerWithDefaultPrettyPrinter().writeValue(imports.resolve("uppsikt-realm.json").toFile(),
                withTestIdentities(json.readTree(committedRealm.toFile())));

        int management = freePort();
        ProcessBuilder builder = new ProcessBuilder("bash", kc.toString(), "start-dev", "--http-host=127.0.0.1",
                "--http-port=" + port, "--http-management-port=" + management,
                "--hostname=http://localhost:" + port, "--hostname-backchannel-dynamic=true", "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "kc-admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "kc-admin-test-only");
        process = builder.start();

        Awaitility.await("Keycloak realm uppsikt at " + realmUrl())
                .atMost(READY_WITHIN)
                .pollInterval(Duration.ofSeconds(1))
                .failFast("Keycloak ended during start-up", () -> !process.isAlive())
                .ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(
                        URI.create(realmUrl() + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private JsonNode withTestIdentities(JsonNode realm) {
        ArrayNode users = (ArrayNode) realm.get("users");
        ArrayNode clients = (ArrayNode) realm.get("clients");
        ObjectNode archivist = users.addObject();
        archivist.put("username", SECOND_ARCHIVIST).put("enabled", true).put("emailVerified", true)
                .put("firstName", "Astrid").put("lastName", "Arkiv")
                .put("email", SECOND_ARCHIVIST + "@uppsikt.example");
        archivist.putArray("credentials").addObject().put("type", "password")
                .put("value", "demo-" + SECOND_ARCHIVIST).put("temporary", false);
        archivist.putArray("requiredActions");
        archivist.putArray("realmRoles").add("archivist");

        // the capture tool is built like the services' own clients, audience mapper included
        ObjectNode template = null;
        for (JsonNode client : clients) {
            if ("archive-service".equals(client.path("clientId").asText())) {
                template = ((ObjectNode) client).deepCopy();
            }
        }
        if (template == null) {
            throw new IllegalStateException("the committed realm has no client archive-service to copy");
        }
        template.put("clientId", CAPTURE_CLIENT).put("name", "system test capture tool (client credentials)")
                .put("secret", CAPTURE_SECRET);
        clients.add(template);
        ObjectNode account = users.addObject();
        account.put("username", "service-account-" + CAPTURE_CLIENT).put("enabled", true)
                .put("serviceAccountClientId", CAPTURE_CLIENT);
        account.putArray("realmRoles").add("service");
        return realm;
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        // kc.sh may run its JVM as a child: stop the children too
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
