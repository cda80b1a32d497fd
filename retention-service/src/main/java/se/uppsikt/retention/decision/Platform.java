package se.uppsikt.retention.decision;

/** The platforms a channel can be on, spelled as channel-registry-service does. */
public enum Platform {
    FACEBOOK_PAGE, INSTAGRAM, X, YOUTUBE, LINKEDIN, MASTODON, TIKTOK, BLOG_RSS, OTHER
}
