package se.uppsikt.archive.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What Facebook Pages and Instagram share on the Graph API: the error object ({@code error.code} 4, 17, 32 and 613 are
 * rate limits; 190 is an expired or invalid access token) and cursor paging ({@code data} with {@code paging.next}).
 * Followed: https://developers.facebook.com/docs/graph-api/guides/error-handling and
 * https://developers.facebook.com/docs/graph-api/results (paging.cursors.after, paging.next).
 */
public final class GraphSupport {

    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613, 80001, 80002, 80004);

    /** Far more than any real thread; a loop in a platform's paging must not run the archive out of memory. */
    static final int MAX_PAGES = 500;

    public static final PlatformHttp.Classifier CLASSIFIER = GraphSupport::classify;

    private GraphSupport() {
    }

    static Optional<PlatformException.Kind> classify(int status, JsonNode body) {
        JsonNode error = body.path("error");
        if (error.isMissingNode()) {
            return Optional.empty();
        }
        int code = error.path("code").asInt(-1);
        if (code == 190 || code == 102) {
            return Optional.of(PlatformException.Kind.TOKEN_EXPIRED);
        }
        if (RATE_LIMIT_CODES.contains(code)) {
            return Optional.of(PlatformException.Kind.RATE_LIMITED);
        }
        if (code == 100 && error.path("error_subcode").asInt() == 33) {
            // "Unsupported get request. Object with ID ... does not exist": deleted on the platform
            return Optional.of(PlatformException.Kind.NOT_FOUND);
        }
        return Optional.empty();
    }

    /** Every element of {@code data} across all pages, following {@code paging.next}. */
    public static List<PageElement> all(PlatformHttp http, String firstUrl, String token) {
        List<PageElement> all = new ArrayList<>();
        String url = firstUrl;
        for (int page = 0; url != null && page < MAX_PAGES; page++) {
            PlatformHttp.Reply reply = http.get(url, token, CLASSIFIER);
            JsonNode body = PlatformHttp.json(reply.body());
            for (JsonNode element : body.path("data")) {
                all.add(new PageElement(element, url));
            }
            JsonNode next = body.path("paging").path("next");
            url = next.isTextual() && !next.asText().isBlank() ? next.asText() : null;
        }
        return all;
    }

    /** One element and the page URL it came from (its provenance). */
    public record PageElement(JsonNode node, String url) {
    }

    /** "v23.0" from "https://graph.facebook.com/v23.0". */
    public static String apiVersion(String baseUrl) {
        String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.matches("v\\d+(\\.\\d+)?") ? "Graph API " + last : "Graph API (unversioned)";
    }
}
