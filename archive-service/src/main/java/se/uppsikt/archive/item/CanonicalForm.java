package se.uppsikt.archive.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import se.uppsikt.archive.blob.Sha256;

/**
 * The canonical form of an item version: JSON with a fixed key order, instants in ISO-8601 UTC with microsecond
 * precision (what PostgreSQL keeps), media in their order. Its SHA-256 is the version's content hash: the same content
 * always gives the same hash, and the verifier recomputes it from the rows to find tampering. Capture provenance
 * (tool, time, URL) is left out on purpose, so that capturing unchanged content again is recognised as unchanged.
 */
public final class CanonicalForm {

    /** Sorted map keys make canonical JSON of arbitrary payloads (raw platform JSON) too. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private CanonicalForm() {
    }

    public static String contentSha256(Item item, String text, Instant editedAt, String rawSha256,
            List<MediaRef> media) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("itemId", item.id.toString());
        form.put("channelId", item.channelId.toString());
        form.put("platform", item.platform.name());
        form.put("platformItemId", item.platformItemId);
        form.put("parentPlatformItemId", item.parentPlatformItemId);
        form.put("kind", item.kind.name());
        form.put("direction", item.direction.name());
        form.put("authorHandle", item.authorHandle);
        form.put("authorDisplayName", item.authorDisplayName);
        form.put("authorPlatformUserId", item.authorPlatformUserId);
        form.put("platformCreatedAt", instant(item.platformCreatedAt));
        form.put("platformEditedAt", instant(editedAt));
        form.put("text", text);
        form.put("rawSha256", rawSha256);
        List<Map<String, Object>> mediaForm = new ArrayList<>();
        for (MediaRef m : media) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("sha256", m.sha256);
            one.put("mediaType", m.mediaType);
            one.put("sourceUrl", m.sourceUrl);
            mediaForm.add(one);
        }
        form.put("media", mediaForm);
        return Sha256.of(write(form));
    }

    public static String contentSha256(Item item, ItemVersion version) {
        return contentSha256(item, version.text, version.platformEditedAt, version.rawSha256, version.media);
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical form could not be written", e);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
