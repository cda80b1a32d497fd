package se.uppsikt.commons.http;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (the gateway sets one),
 * otherwise a new UUID. The id is echoed in the response, put in the logging MDC (so every log line of the request
 * carries it) and into problem details, so an integrator can quote it when reporting a failure.
 */
public class RequestIdFilter {

    /** The header that carries the id end to end. */
    public static final String HEADER = "X-Request-Id";

    /** The MDC key; log formats print it as {@code %X{requestId}}. */
    public static final String MDC_KEY = "requestId";

    // Anything else (spaces, control characters, very long values) could forge log lines: replace it.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id == null || !SANE.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
                rc.request().headers().set(HEADER, id);
            }
            rc.put(MDC_KEY, id);
            MDC.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        }, 1000);
    }
}
