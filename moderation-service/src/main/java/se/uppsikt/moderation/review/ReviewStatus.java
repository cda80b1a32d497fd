package se.uppsikt.moderation.review;

/** Whether a moderator has looked at the item yet. */
public enum ReviewStatus {
    UNREVIEWED, REVIEWED
}
