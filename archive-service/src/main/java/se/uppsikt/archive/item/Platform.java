package se.uppsikt.archive.item;

/** The platforms as channel-registry-service spells them. */
public enum Platform {
    FACEBOOK_PAGE, INSTAGRAM, X, YOUTUBE, LINKEDIN, MASTODON, TIKTOK, BLOG_RSS, OTHER
}
