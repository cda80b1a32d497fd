package se.uppsikt.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import se.uppsikt.gateway.metrics.UriTemplate;
import se.uppsikt.gateway.route.GatewayConfig;

/**
 * The one OpenAPI document of Uppsikt as integrators reach it: the services' committed documents (copied into the
 * gateway at build time, so what is served is exactly what was reviewed) merged with the gateway's own head: its
 * server URL, the OIDC security schemes and its own paths. Served without a token at {@value #PATH} (YAML) and
 * {@value #JSON_PATH}; Swagger UI at {@code /q/swagger-ui} reads it.
 */
@ApplicationScoped
public class AggregatedOpenApi {

    public static final String PATH = "/openapi";
    public static final String JSON_PATH = "/openapi.json";

    /** The services whose documents are merged, in the order they appear; file names under openapi/services/. */
    static final List<String> SERVICES = List.of("channel-registry-service", "archive-service", "moderation-service",
            "retention-service");

    private static final String HEAD = "openapi/gateway-head.yaml";
    private static final String SERVICE_DOCUMENTS = "openapi/services/";

    private final String yaml;
    private final String json;

    public AggregatedOpenApi(GatewayConfig config) {
        YAMLMapper yamlMapper = new YAMLMapper();
        ObjectNode head = read(yamlMapper, HEAD);
        head.withArray("/servers").removeAll()
                .addObject().put("url", config.openapi().serverUrl()).put("description", "Uppsikt gateway");
        head.withObject("/components").withObject("/securitySchemes").withObject("/oidc")
                .put("openIdConnectUrl",
                        config.openapi().oidcUrl().replaceAll("/+$", "") + "/.well-known/openid-configuration");
        List<OpenApiMerger.Service> services = new ArrayList<>();
        for (String name : SERVICES) {
            services.add(new OpenApiMerger.Service(name, OpenApiMerger.prefixOf(name),
                    read(yamlMapper, SERVICE_DOCUMENTS + name + ".yaml")));
        }
        ObjectNode merged = OpenApiMerger.merge(head, services, path -> routed(config, path));
        try {
            this.yaml = yamlMapper.writeValueAsString(merged);
            this.json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(merged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void init(@Observes Router router) {
        router.get(PATH).handler(rc -> send(rc, "application/yaml;charset=UTF-8", yaml));
        router.get(JSON_PATH).handler(rc -> send(rc, "application/json", json));
    }

    /** The merged document as YAML. */
    public String yaml() {
        return yaml;
    }

    private static void send(RoutingContext rc, String mediaType, String body) {
        UriTemplate.tag(rc.normalizedPath());
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, mediaType).end(body);
    }

    /** Whether a route serves {@code path} (a path template such as /api/v1/channels/{id}). */
    private static boolean routed(GatewayConfig config, String path) {
        return config.routes().values().stream()
                .flatMap(route -> route.prefixes().stream())
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static ObjectNode read(YAMLMapper mapper, String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document " + resource + " is missing from the gateway; the "
                        + "build copies it from the repository's openapi/ folder");
            }
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenAPI document " + resource + " cannot be read", e);
        }
    }
}
