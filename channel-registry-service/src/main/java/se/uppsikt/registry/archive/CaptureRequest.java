package se.uppsikt.registry.archive;

import java.util.UUID;

/** What the register asks the archive for before a channel closes: everything, now, because it closes. */
record CaptureRequest(UUID channelId, String scope, String trigger) {

    static CaptureRequest finalCapture(UUID channelId) {
        return new CaptureRequest(channelId, "FULL", "CHANNEL_CLOSURE");
    }
}
