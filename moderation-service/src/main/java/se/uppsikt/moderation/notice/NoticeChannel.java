package se.uppsikt.moderation.notice;

/** How the author was told of the removal. */
public enum NoticeChannel {
    PLATFORM_MESSAGE, PLATFORM_REPLY, EMAIL, LETTER, OTHER
}
