package se.uppsikt.archive.connector;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/**
 * HTTP to the platforms: the bearer token in a header (never in a URL, so never in an access log), rate limits
 * answered by waiting as long as the platform asks ({@code Retry-After}, Mastodon's {@code X-RateLimit-Reset}) or,
 * when it does not say, exponentially longer, and every other failure classified as a {@link PlatformException}.
 */
public class PlatformHttp {

    /** Tells a platform's rate-limit and token errors apart; the default reads only the HTTP status. */
    public interface Classifier {
        Optional<PlatformException.Kind> classify(int status, JsonNode body);
    }

    public record Reply(int status, String body, HttpHeaders headers, String url) {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Sleeper sleeper;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration longestWait;

    public PlatformHttp(Sleeper sleeper, Clock clock, int maxAttempts, Duration firstBackoff, Duration longestWait) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.sleeper = sleeper;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.longestWait = longestWait;
    }

    public static JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.nullNode();
        }
    }

    public Reply get(String url, String token, Classifier classifier) {
        return send("GET", url, token, classifier);
    }

    /**
     * Sends, waits and retries while the platform rate-limits, and returns a 2xx reply; anything else is thrown as a
     * classified {@link PlatformException}.
     */
    public Reply send(String method, String url, String token, Classifier classifier) {
        for (int attempt = 1;; attempt++) {
            Reply reply = once(method, url, token);
            if (reply.status() >= 200 && reply.status() < 300) {
                return reply;
            }
            PlatformException.Kind kind = classifier.classify(reply.status(), json(reply.body()))
                    .orElseGet(() -> byStatus(reply.status()));
            String what = method + " " + withoutQuery(url) + " answered " + reply.status();
            if (kind != PlatformException.Kind.RATE_LIMITED) {
                throw new PlatformException(kind, what + ": " + abbreviate(reply.body()));
            }
            Duration wait = waitAfter(reply.headers(), attempt);
            if (attempt >= maxAttempts || wait.compareTo(longestWait) > 0) {
                throw new PlatformException(kind, what + " (rate limited; gave up after " + attempt
                        + " attempt(s), the platform asks to wait " + wait.toSeconds() + " s)");
            }
            Log.infof("%s: rate limited, waiting %d ms (attempt %d)", what, wait.toMillis(), attempt);
            sleeper.sleep(wait);
        }
    }

    private Reply once(String method, String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/rss+xml, application/atom+xml, */*");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(method, HttpRequest.BodyPublishers.noBody());
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers(), url);
        } catch (IOException e) {
            throw new PlatformException(PlatformException.Kind.UNAVAILABLE,
                    method + " " + withoutQuery(url) + " failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(PlatformException.Kind.UNAVAILABLE, "interrupted", e);
        }
    }

    /** Retry-After (seconds or an HTTP date), else X-RateLimit-Reset (an instant), else 1, 2, 4 … times the first. */
    Duration waitAfter(HttpHeaders headers, int attempt) {
        Optional<String> retryAfter = headers.firstValue("Retry-After");
        if (retryAfter.isPresent()) {
            String value = retryAfter.get().strip();
            if (value.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            try {
                return positive(Duration.between(clock.instant(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
            } catch (DateTimeParseException e) {
                // fall through to the other hints
            }
        }
        Optional<String> reset = headers.firstValue("X-RateLimit-Reset");
        if (reset.isPresent()) {
            try {
                return positive(Duration.between(clock.instant(), Instant.parse(reset.get().strip())));
            } catch (DateTimeParseException e) {
                // fall through to exponential backoff
            }
        }
        return firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    static PlatformException.Kind byStatus(int status) {
        if (status == 429) {
            return PlatformException.Kind.RATE_LIMITED;
        }
        if (status == 401) {
            return PlatformException.Kind.TOKEN_EXPIRED;
        }
        if (status == 404 || status == 410) {
            return PlatformException.Kind.NOT_FOUND;
        }
        return status >= 500 ? PlatformException.Kind.UNAVAILABLE : PlatformException.Kind.REJECTED;
    }

    public static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    public static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 500 ? oneLine.substring(0, 500) + "…" : oneLine;
    }
}
