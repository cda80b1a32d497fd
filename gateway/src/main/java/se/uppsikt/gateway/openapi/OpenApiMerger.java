package se.uppsikt.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' OpenAPI documents into one, as an integrator sees Uppsikt through the gateway: only the paths
 * some route serves (the internal APIs are left out), each operation marked with the service behind it, and
 * components shared where they are identical. Two services with different components of the same name (both have a
 * {@code PageView}, say) each get theirs prefixed with the service ({@code ArchivePageView}), and their references are
 * rewritten; which document comes first therefore never changes a name.
 */
final class OpenApiMerger {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String REF_BASE = "#/components/";

    private OpenApiMerger() {
    }

    /** One service's document. */
    record Service(String name, String prefix, ObjectNode document) {
    }

    /**
     * @param head the merged document's own {@code openapi}, {@code info}, {@code servers}, security schemes and
     *            paths; the services' parts are added to a copy of it
     * @param routed whether the gateway serves a path; others are dropped
     */
    static ObjectNode merge(ObjectNode head, List<Service> services, Predicate<String> routed) {
        ObjectNode merged = head.deepCopy();
        ObjectNode paths = merged.withObject("/paths");
        ObjectNode components = merged.withObject("/components");
        ArrayNode tags = merged.withArray("/tags");
        ArrayNode tagGroups = merged.withArray("/x-tagGroups");
        Map<String, Set<JsonNode>> definitions = distinctDefinitions(services);
        Set<String> tagNames = new HashSet<>();
        tags.forEach(tag -> tagNames.add(tag.path("name").asText()));

        for (Service service : services) {
            ObjectNode document = service.document().deepCopy();
            Map<String, String> renames = new HashMap<>();
            document.path("components").properties().forEach(kind -> {
                if (!"securitySchemes".equals(kind.getKey())) {
                    kind.getValue().properties().forEach(component -> {
                        String key = kind.getKey() + "/" + component.getKey();
                        if (definitions.get(key).size() > 1) {
                            renames.put(REF_BASE + key, REF_BASE + kind.getKey() + "/" + service.prefix()
                                    + component.getKey());
                        }
                    });
                }
            });
            rewriteRefs(document, renames);

            document.path("components").properties().forEach(kind -> {
                if ("securitySchemes".equals(kind.getKey())) {
                    // the gateway's own schemes replace the services' (they are all "a bearer token from the realm")
                    return;
                }
                ObjectNode target = components.withObject("/" + kind.getKey());
                kind.getValue().properties().forEach(component -> {
                    String original = REF_BASE + kind.getKey() + "/" + component.getKey();
                    String name = renames.getOrDefault(original, original).substring(
                            (REF_BASE + kind.getKey() + "/").length());
                    target.set(name, component.getValue());
                });
            });

            ArrayNode groupTags = JSON.arrayNode();
            document.path("tags").forEach(tag -> {
                String name = tag.path("name").asText();
                if (tagNames.add(name)) {
                    tags.add(tag);
                }
                groupTags.add(name);
            });
            document.path("paths").properties().forEach(path -> {
                if (!routed.test(path.getKey())) {
                    return;
                }
                if (paths.has(path.getKey())) {
                    throw new IllegalStateException("Path " + path.getKey() + " is in the OpenAPI documents of two "
                            + "services; the gateway cannot route it to both (" + service.name() + ")");
                }
                path.getValue().properties().forEach(operation -> {
                    if (operation.getValue() instanceof ObjectNode op) {
                        op.put("x-uppsikt-service", service.name());
                    }
                });
                paths.set(path.getKey(), path.getValue());
            });
            tagGroups.add(JSON.objectNode().put("name", service.name()).set("tags", groupTags));
        }
        sortProperties(paths);
        components.properties().forEach(kind -> {
            if (kind.getValue() instanceof ObjectNode kindNode) {
                sortProperties(kindNode);
            }
        });
        return merged;
    }

    /** For every component ({@code schemas/PageView}), the different definitions the services give it. */
    private static Map<String, Set<JsonNode>> distinctDefinitions(List<Service> services) {
        Map<String, Set<JsonNode>> definitions = new HashMap<>();
        for (Service service : services) {
            service.document().path("components").properties()
                    .forEach(kind -> kind.getValue().properties()
                            .forEach(component -> definitions
                                    .computeIfAbsent(kind.getKey() + "/" + component.getKey(), k -> new HashSet<>())
                                    .add(component.getValue())));
        }
        return definitions;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
            object.forEach(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, renames));
        }
    }

    // sorted output keeps the document stable whatever order the services come in
    private static void sortProperties(ObjectNode node) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            sorted.put(entry.getKey(), entry.getValue());
        }
        node.removeAll();
        node.setAll(new LinkedHashMap<>(sorted));
    }

    /** Names used for prefixes: {@code channel-registry-service} becomes {@code ChannelRegistry}. */
    static String prefixOf(String serviceName) {
        List<String> parts = new ArrayList<>(List.of(serviceName.replaceFirst("-service$", "").split("-")));
        StringBuilder prefix = new StringBuilder();
        parts.forEach(part -> prefix.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1)));
        return prefix.toString();
    }
}
