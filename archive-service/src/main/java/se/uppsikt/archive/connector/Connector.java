package se.uppsikt.archive.connector;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.item.Platform;

/**
 * The archive's door to one platform. Connectors read in the platform's own shapes and answer in the archive's ingest
 * shape ({@link IngestItem}, raw payload included), so that a capture goes through the same ingest as everything
 * else: an edit becomes a new version and the same content again adds nothing. What a connector cannot do it leaves
 * out of {@link #capabilities()} and refuses with {@link PlatformException.Kind#UNSUPPORTED}.
 */
public interface Connector {

    Platform platform();

    /** The connector's own version, recorded in every capture's provenance. */
    String version();

    /** The platform API version spoken, e.g. "v23.0" for Graph. */
    String apiVersion(ChannelAccess access);

    Set<Capability> capabilities();

    /**
     * The channel's page or profile as a PAGE_SNAPSHOT item; {@code observedAt} stands in for the creation time the
     * platform does not give a page (a changed page is a new version of the same snapshot item).
     */
    default IngestItem overview(ChannelAccess access, Instant observedAt) {
        throw PlatformException.unsupported(platform().name(), Capability.OVERVIEW);
    }

    /** The channel's own posts published in [from, to), newest pages followed to the end. */
    default List<IngestItem> posts(ChannelAccess access, Instant from, Instant to) {
        throw PlatformException.unsupported(platform().name(), Capability.POSTS);
    }

    /**
     * The post with every comment and reply, replies of replies included, all pages followed. {@code postId} is the
     * platform's id of the thread's root post.
     */
    default List<IngestItem> thread(ChannelAccess access, String postId) {
        throw PlatformException.unsupported(platform().name(), Capability.THREAD);
    }

    default PlatformAction hide(ChannelAccess access, String platformItemId) {
        throw PlatformException.unsupported(platform().name(), Capability.HIDE);
    }

    default PlatformAction delete(ChannelAccess access, String platformItemId) {
        throw PlatformException.unsupported(platform().name(), Capability.DELETE);
    }

    default PlatformAction block(ChannelAccess access, String platformUserId) {
        throw PlatformException.unsupported(platform().name(), Capability.BLOCK_USER);
    }
}
