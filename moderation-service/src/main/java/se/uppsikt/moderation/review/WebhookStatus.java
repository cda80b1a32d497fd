package se.uppsikt.moderation.review;

/** Delivery of one overdue alert to the configured webhook. */
public enum WebhookStatus {
    /** no webhook was configured when the alert was raised */
    NOT_CONFIGURED, PENDING, DELIVERED,
    /** every attempt failed; the recorded alert and the metric remain */
    FAILED
}
