package se.uppsikt.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class OpenApiMergerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void sameNameWithDifferentDefinitionsIsPrefixedPerServiceAndReferencesFollow() throws Exception {
        ObjectNode merged = OpenApiMerger.merge(head(), List.of(
                service("archive-service", "/api/v1/items", "Page", "{\"type\":\"object\",\"title\":\"a\"}"),
                service("retention-service", "/api/v1/runs", "Page", "{\"type\":\"object\",\"title\":\"r\"}")),
                path -> true);

        assertFalse(merged.path("components").path("schemas").has("Page"));
        assertEquals("a", merged.at("/components/schemas/ArchivePage/title").asText());
        assertEquals("r", merged.at("/components/schemas/RetentionPage/title").asText());
        assertEquals("#/components/schemas/ArchivePage",
                merged.at("/paths/~1api~1v1~1items/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/RetentionPage",
                merged.at("/paths/~1api~1v1~1runs/get/responses/200/content/application~1json/schema/$ref").asText());
    }

    @Test
    void identicalDefinitionsAreSharedUnderTheirOwnName() throws Exception {
        String same = "{\"type\":\"string\",\"enum\":[\"POST\",\"COMMENT\"]}";
        ObjectNode merged = OpenApiMerger.merge(head(), List.of(
                service("archive-service", "/api/v1/items", "Kind", same),
                service("retention-service", "/api/v1/runs", "Kind", same)), path -> true);

        assertTrue(merged.path("components").path("schemas").has("Kind"));
        assertEquals(1, merged.path("components").path("schemas").size());
    }

    @Test
    void pathsNoRouteServesAreLeftOut() throws Exception {
        ObjectNode merged = OpenApiMerger.merge(head(), List.of(
                service("archive-service", "/api/v1/feed/inbound", "Feed", "{\"type\":\"object\"}")),
                path -> !path.startsWith("/api/v1/feed"));

        assertFalse(merged.path("paths").has("/api/v1/feed/inbound"));
    }

    @Test
    void onePathInTwoServicesIsRefused() {
        assertThrows(IllegalStateException.class, () -> OpenApiMerger.merge(head(), List.of(
                service("archive-service", "/api/v1/items", "A", "{\"type\":\"object\"}"),
                service("retention-service", "/api/v1/items", "B", "{\"type\":\"object\"}")), path -> true));
    }

    private static ObjectNode head() throws JsonProcessingException {
        return (ObjectNode) MAPPER.readTree("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"}}");
    }

    private static OpenApiMerger.Service service(String name, String path, String schema, String definition)
            throws JsonProcessingException {
        String document = """
                {"openapi": "3.1.0",
                 "tags": [{"name": "%1$s"}],
                 "components": {"schemas": {"%3$s": %4$s},
                                "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
                 "paths": {"%2$s": {"get": {"tags": ["%1$s"], "responses": {"200": {"description": "ok",
                     "content": {"application/json": {"schema": {"$ref": "#/components/schemas/%3$s"}}}}}}}}}
                """.formatted(name, path, schema, definition);
        return new OpenApiMerger.Service(name, OpenApiMerger.prefixOf(name), (ObjectNode) MAPPER.readTree(document));
    }
}
