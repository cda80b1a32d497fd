package se.uppsikt.registry.capture.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.registry.capture.CaptureAlert;

/** An open alert: which channel, since when the capture is due, when the alert was raised. */
public record CaptureAlertView(UUID id, UUID channelId, Instant dueSince, Instant raisedAt) {

    public static CaptureAlertView of(CaptureAlert a) {
        return new CaptureAlertView(a.id, a.channelId, a.dueSince, a.raisedAt);
    }
}
