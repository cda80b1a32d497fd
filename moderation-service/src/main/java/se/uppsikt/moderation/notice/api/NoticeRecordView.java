package se.uppsikt.moderation.notice.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.moderation.notice.NoticeChannel;
import se.uppsikt.moderation.notice.RemovalNotice;

/** One recorded statement of whether the author was told. */
public record NoticeRecordView(UUID id, boolean sent, NoticeChannel channelUsed, Instant sentAt, String recordedBy,
        Instant recordedAt) {

    public static NoticeRecordView of(RemovalNotice n) {
        return new NoticeRecordView(n.id, n.sent, n.channelUsed, n.sentAt, n.recordedBy, n.recordedAt);
    }
}
