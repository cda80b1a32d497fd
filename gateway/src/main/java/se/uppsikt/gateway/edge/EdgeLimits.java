package se.uppsikt.gateway.edge;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import se.uppsikt.gateway.problem.ProblemWriter;
import se.uppsikt.gateway.route.GatewayConfig;

/**
 * Limits that are checked before anything else, token validation included, because they are cheap and protect what
 * comes after: the body size (413) on every request, and requests per client IP and minute (429 with
 * {@code Retry-After}) on the public paths.
 * <p>
 * The client IP is the TCP peer. Behind an ingress that is the ingress, unless {@code quarkus.http.proxy.*} is set
 * to trust its {@code X-Forwarded-For}; the deployment must do that, or every visitor shares one bucket.
 */
@ApplicationScoped
public class EdgeLimits {

    // after the security headers, before CORS, authentication and Quarkus's own body limit
    private static final int PRIORITY = 2000;

    private final ProblemWriter problems;
    private final long maxBodyBytes;
    private final List<String> publicPaths;
    private final TokenBucketLimiter limiter;

    public EdgeLimits(GatewayConfig config, ProblemWriter problems) {
        this.problems = problems;
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.publicPaths = config.publicPaths();
        this.limiter = new TokenBucketLimiter(config.rateLimit().perMinute(), System::nanoTime);
    }

    void init(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext rc) {
        if (tooLarge(rc)) {
            // the client may still be sending the body; closing afterwards saves reading it
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            problems.send(rc, 413, "payload-too-large", "Content Too Large",
                    "The request body is larger than the " + maxBodyBytes + " bytes this API accepts");
            return;
        }
        if (isPublic(rc.normalizedPath())) {
            long retryAfter = limiter.acquire(rc.request().remoteAddress().hostAddress());
            if (retryAfter > 0) {
                rc.response().putHeader("Retry-After", Long.toString(retryAfter));
                problems.send(rc, 429, "too-many-requests", "Too Many Requests",
                        "Too many requests from your address; try again in " + retryAfter + " s");
                return;
            }
        }
        rc.next();
    }

    private boolean tooLarge(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            // chunked uploads are cut off by quarkus.http.limits.max-body-size, set to the same value
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            // Vert.x's HTTP codec rejects a malformed Content-Length before we ever see it
            return false;
        }
    }

    /** The same matching as Quarkus HTTP permissions: {@code /a} exactly, {@code /a/*} for /a and below. */
    private boolean isPublic(String path) {
        for (String pattern : publicPaths) {
            if (pattern.endsWith("/*")) {
                String base = pattern.substring(0, pattern.length() - 2);
                if (path.equals(base) || path.startsWith(base + "/")) {
                    return true;
                }
            } else if (path.equals(pattern)) {
                return true;
            }
        }
        return false;
    }
}
