package se.uppsikt.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What PostgreSQL alone does with the same rows: JDBC batch inserts into the archive's own tables (created by the
 * archive's own Flyway migrations, so the same constraints, generated {@code tsvector} and GIN index). Used as the
 * baseline of P1 and, written into the service's database, to pre-fill it for P7, P2 and P3 quickly. What the raw
 * path leaves out is exactly the service's own work: validation, canonical hashing, the hash chain, the feed, blob
 * files on disk and HTTP.
 */
final class RawArchive {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLATFORM = "FACEBOOK_PAGE";

    private RawArchive() {
    }

    /** Inserts {@code items} in one transaction per call; parents must be in the same call or already stored. */
    static void insert(Connection connection, List<Corpus.Item> items, Instant capturedAt) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Timestamp captured = Timestamp.from(capturedAt);
        try (PreparedStatement blob = connection.prepareStatement(
                "insert into blob (sha256, size_bytes, media_type, stored_at) values (?, ?, 'application/json', ?)"
                        + " on conflict do nothing");
                PreparedStatement item = connection.prepareStatement("insert into item (id, channel_id, platform,"
                        + " platform_item_id, kind, direction, parent_platform_item_id, parent_item_id,"
                        + " thread_root_item_id, author_handle, author_display_name, author_platform_user_id,"
                        + " platform_created_at, captured_at, current_version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
                PreparedStatement version = connection.prepareStatement("insert into item_version (id, item_id,"
                        + " version_no, text, raw_sha256, content_sha256, source_url, capture_tool, captured_at,"
                        + " captured_by) values (?, ?, 1, ?, ?, ?, ?, 'uppsikt-bench raw', ?, 'bench')")) {
            for (Corpus.Item i : items) {
                byte[] raw = json(i);
                String rawSha = sha256(raw);
                blob.setString(1, rawSha);
                blob.setLong(2, raw.length);
                blob.setTimestamp(3, captured);
                blob.addBatch();

                UUID id = id(i.channelId(), i.platformItemId());
                UUID parent = i.parentPlatformItemId() == null ? null : id(i.channelId(), i.parentPlatformItemId());
                item.setObject(1, id);
                item.setObject(2, i.channelId());
                item.setString(3, PLATFORM);
                item.setString(4, i.platformItemId());
                item.setString(5, i.kind());
                item.setString(6, i.direction());
                item.setString(7, i.parentPlatformItemId());
                item.setObject(8, parent);
                item.setObject(9, parent == null ? id : parent);
                item.setString(10, i.authorHandle());
                item.setString(11, i.authorName());
                item.setString(12, i.authorHandle());
                item.setTimestamp(13, Timestamp.from(i.createdAt()));
                item.setTimestamp(14, captured);
                item.addBatch();

                version.setObject(1, UUID.nameUUIDFromBytes(("v1:" + id).getBytes(StandardCharsets.UTF_8)));
                version.setObject(2, id);
                version.setString(3, i.text());
                version.setString(4, rawSha);
                version.setString(5, sha256(i.text().getBytes(StandardCharsets.UTF_8)));
                version.setString(6, "https://www.facebook.com/" + i.platformItemId());
                version.setTimestamp(7, captured);
                version.addBatch();
            }
            blob.executeBatch();
            item.executeBatch();
            version.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static UUID id(UUID channelId, String platformItemId) {
        return UUID.nameUUIDFromBytes((channelId + "/" + platformItemId).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] json(Corpus.Item item) {
        try {
            return JSON.writeValueAsBytes(item.rawPayload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
