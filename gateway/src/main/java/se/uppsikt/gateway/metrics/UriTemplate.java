package se.uppsikt.gateway.metrics;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Names the {@code uri} tag of the HTTP server metrics for the current request. Quarkus tags a request by the
 * template its framework reports (Quarkus REST reports {@code /api/v1/channels/{id}}); a proxied request has none, so
 * every distinct path ({@code /kanaler/1}, {@code /kanaler/2}, … or whatever a scanner tries) would become its own
 * time series until Quarkus's tag limit silently drops the rest.
 */
public final class UriTemplate {

    // the request-local key Quarkus's Micrometer binder reads before falling back to the raw path
    private static final String KEY = "UrlPathTemplate";

    private UriTemplate() {
    }

    /** Tags the request being handled on this thread (its duplicated context) with {@code template}. */
    public static void tag(String template) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(KEY, template);
        }
    }
}
