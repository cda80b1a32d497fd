package se.uppsikt.gateway.edge;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Browser hardening headers on every response, the gateway's own problems and proxied answers alike, so no service
 * has to remember them. They are added when the response head is written, after the proxy copied the service's
 * headers.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * For the public Swedish pages (förteckningen, published archive pages): everything from the same origin, no
     * inline scripts, no framing. Inline styles are not allowed either, so the pages use stylesheets.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    // Swagger UI's generated index page starts itself with an inline script; only that page gets this exception.
    private static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY
            .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final String SWAGGER_UI = "/q/swagger-ui";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String ACCESS_CONTROL = "access-control-";

    // runs before CORS (and everything else), so even a refused request carries the headers
    private static final int PRIORITY = 3000;

    void init(@Observes Filters filters) {
        filters.register(this::addOnHeadersEnd, PRIORITY);
    }

    private void addOnHeadersEnd(RoutingContext rc) {
        boolean swaggerUi = rc.normalizedPath().startsWith(SWAGGER_UI);
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            if (!headers.contains(ALLOW_ORIGIN)) {
                // Quarkus refuses a foreign origin by leaving out Allow-Origin but still lists methods and headers;
                // a refused origin learns nothing about the API
                headers.names().stream()
                        .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(ACCESS_CONTROL))
                        .toList()
                        .forEach(headers::remove);
            }
            // two years, subdomains included: a municipality's API is never meant to be reached over plain HTTP
            headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            if (!headers.contains("Referrer-Policy")) {
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            }
            if (swaggerUi) {
                headers.set("Content-Security-Policy", SWAGGER_UI_POLICY);
            } else if (!headers.contains("Content-Security-Policy")) {
                // a service that knows its page better (a stricter policy) keeps its own
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            }
        });
        rc.next();
    }
}
