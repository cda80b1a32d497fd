package se.uppsikt.archive.connector;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers shared by the connectors for turning platform JSON into the archive's ingest shape. */
public final class Payloads {

    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private Payloads() {
    }

    public static Map<String, Object> raw(JsonNode node) {
        return PlatformHttp.JSON.convertValue(node, new TypeReference<Map<String, Object>>() {
        });
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** Graph's "2026-03-01T10:15:30+0000", or ISO-8601 as Mastodon and Atom write it. */
    public static Instant time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, GRAPH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(value).toInstant();
        }
    }

    /** A URL safe to keep as provenance: without an access token, should a platform have put one in it. */
    public static String sourceUrl(String url) {
        if (url == null) {
            return null;
        }
        String cleaned = url.replaceAll("([?&])access_token=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return cleaned.length() > 2000 ? cleaned.substring(0, 2000) : cleaned;
    }
}
