package se.uppsikt.archive.item;

/** The platforms as channel-registry-service spells them. */
public enum Platform {
    FACEBOOK_PAGE, INSTAGRAM, X, YOUTUBE, LINKEDIN, MASTODON, TIKTOK, BLOG_RSS, OTHER;

    /** The name the public pages show, as the register's /kanaler does. */
    public String swedishName() {
        return switch (this) {
            case FACEBOOK_PAGE -> "Facebook-sida";
            case INSTAGRAM -> "Instagram";
            case X -> "X";
            case YOUTUBE -> "Youtube";
            case LINKEDIN -> "Linkedin";
            case MASTODON -> "Mastodon";
            case TIKTOK -> "Tiktok";
            case BLOG_RSS -> "Blogg/RSS";
            case OTHER -> "Annan";
        };
    }
}
