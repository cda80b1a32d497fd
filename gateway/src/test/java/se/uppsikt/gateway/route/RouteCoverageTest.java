package se.uppsikt.gateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The route table against the services' committed OpenAPI documents: every path a service publishes is reachable
 * through the gateway and lands on that service, unless it is one of the declared service-to-service APIs, which must
 * stay unreachable. A new endpoint without a route (or with a route to the wrong service) fails here, not in a
 * municipality's integration.
 */
@QuarkusTest
class RouteCoverageTest {

    /** Route name in the configuration to the service whose document it serves. */
    private static final Map<String, String> SERVICE_OF_ROUTE = Map.of(
            "registry", "channel-registry-service",
            "archive", "archive-service",
            "moderation", "moderation-service",
            "retention", "retention-service");

    @Inject
    GatewayConfig config;

    @Test
    void everyPublishedServicePathIsRoutedToItsOwnServiceAndNoInternalPathIsRouted() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String service : SERVICE_OF_ROUTE.values()) {
            for (Iterator<String> paths = document(service).path("paths").fieldNames(); paths.hasNext();) {
                String path = paths.next();
                checked++;
                Optional<String> route = routeOf(path);
                if (isInternal(path)) {
                    route.ifPresent(name -> problems.add(path + " is internal but routed to " + name));
                } else if (route.isEmpty()) {
                    problems.add(path + " (" + service + ") has no route");
                } else if (!SERVICE_OF_ROUTE.get(route.get()).equals(service)) {
                    problems.add(path + " (" + service + ") is routed to " + route.get());
                }
            }
        }
        assertTrue(checked > 40, "the four documents were read: " + checked + " paths");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRoutePrefixLeadsToSomethingItsServicePublishes() throws IOException {
        List<String> unused = new ArrayList<>();
        for (Map.Entry<String, GatewayConfig.Route> route : config.routes().entrySet()) {
            if (!SERVICE_OF_ROUTE.containsKey(route.getKey())) {
                continue; // the tests' own route to a closed port
            }
            List<String> paths = new ArrayList<>();
            document(SERVICE_OF_ROUTE.get(route.getKey())).path("paths").fieldNames().forEachRemaining(paths::add);
            route.getValue().prefixes().stream()
                    .filter(prefix -> paths.stream().noneMatch(path -> matches(path, prefix)))
                    .forEach(prefix -> unused.add(route.getKey() + " " + prefix));
        }
        assertEquals(List.of(), unused, "prefixes no published path lies under");
    }

    @Test
    void theInternalApisAreDeclaredAndTheyExist() {
        assertFalse(config.internalPaths().isEmpty());
        assertTrue(isInternal("/api/v1/feed/inbound"));
        assertTrue(isInternal("/api/v1/disposals/candidates"));
        assertEquals(Optional.empty(), routeOf("/api/v1/takedowns"));
        assertEquals(Optional.of("archive"), routeOf("/api/v1/ingest"));
    }

    /** The route the gateway would choose: the longest matching prefix, as {@code ProxyRoutes} does. */
    private Optional<String> routeOf(String path) {
        return config.routes().entrySet().stream()
                .flatMap(route -> route.getValue().prefixes().stream()
                        .filter(prefix -> matches(path, prefix))
                        .map(prefix -> Map.entry(route.getKey(), prefix.length())))
                .max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    private boolean isInternal(String path) {
        return config.internalPaths().stream().anyMatch(prefix -> matches(path, prefix));
    }

    private static boolean matches(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static JsonNode document(String service) throws IOException {
        String resource = "openapi/services/" + service + ".yaml";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is copied into the gateway by its build");
            return new YAMLMapper().readTree(in);
        }
    }
}
