package se.uppsikt.registry.channel;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The platforms a channel can live on, with what a valid handle and canonical URL look like there. The patterns
 * follow each platform's published username rules; they catch typos, not every impossible name.
 */
public enum Platform {
    FACEBOOK_PAGE("[A-Za-z0-9.]{5,50}", Set.of("facebook.com", "www.facebook.com")), INSTAGRAM("[A-Za-z0-9._]{1,30}",
            Set.of("instagram.com", "www.instagram.com")), X("@?[A-Za-z0-9_]{1,15}",
                    Set.of("x.com", "twitter.com", "www.x.com", "www.twitter.com")), YOUTUBE("@[A-Za-z0-9._-]{3,30}",
                            Set.of("youtube.com", "www.youtube.com")), LINKEDIN("[A-Za-z0-9-]{3,100}",
                                    Set.of("linkedin.com", "www.linkedin.com")),
    /** Any instance: the handle names it ({@code @kommunen@mastodon.nu}) and the URL must be on that host. */
    MASTODON("@?[A-Za-z0-9_]{1,30}@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", Set.of()), TIKTOK("@?[A-Za-z0-9._]{2,24}",
            Set.of("tiktok.com", "www.tiktok.com")), BLOG_RSS(".{1,200}", Set.of()), OTHER(".{1,200}", Set.of());

    private final Pattern handle;
    private final Set<String> hosts;

    Platform(String handle, Set<String> hosts) {
        this.handle = Pattern.compile(handle);
        this.hosts = hosts;
    }

    /** Why the handle is not valid on this platform, or null when it is. */
    public String handleProblem(String value) {
        return handle.matcher(value).matches() ? null : "handle '" + value + "' is not a valid " + name() + " handle";
    }

    /** Why the URL is not a canonical URL of this platform (for this handle), or null when it is. */
    public String urlProblem(URI url, String handleValue) {
        if (!"https".equals(url.getScheme()) && !(this == BLOG_RSS && "http".equals(url.getScheme()))) {
            return "url must be an https URL";
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase();
        if (this == MASTODON) {
            String instance = handleValue.substring(handleValue.lastIndexOf('@') + 1).toLowerCase();
            return host.equals(instance)
                    ? null
                    : "url must be on the Mastodon instance named in the handle (" + instance
                            + ")";
        }
        if (!hosts.isEmpty() && !hosts.contains(host)) {
            return "url must be on " + String.join(" or ", hosts.stream().sorted().toList()) + " for " + name();
        }
        return null;
    }
}
