package se.uppsikt.moderation.notice.api;

import java.util.List;
import java.util.UUID;

/**
 * The notice to the author of a removed item: the Swedish text to send, the link to the channel's rules it
 * contains ({@code null} when channel-registry could not give one), and what has been recorded about sending it,
 * oldest first; {@code sent} is the newest record's answer ({@code null} while nothing is recorded).
 */
public record NoticeView(UUID decisionId, String text, String rulesUrl, Boolean sent, List<NoticeRecordView> records) {
}
