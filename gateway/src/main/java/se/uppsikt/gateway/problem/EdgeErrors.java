package se.uppsikt.gateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns what fails at the edge itself into problem details: a path no route serves, a missing or invalid token, and
 * anything unexpected. Failures of an upstream are answered where they happen ({@code UpstreamInterceptor}).
 */
@ApplicationScoped
public class EdgeErrors {

    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private final ProblemWriter problems;

    public EdgeErrors(ProblemWriter problems) {
        this.problems = problems;
    }

    void init(@Observes Router router) {
        router.errorHandler(404, rc -> problems.send(rc, 404, "not-found", "Not Found",
                "No Uppsikt API is published at this path"));
        router.route().failureHandler(this::failed);
    }

    private void failed(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            // Quarkus has already put the OIDC challenge on an invalid token; a missing one still needs it
            if (!rc.response().headers().contains(WWW_AUTHENTICATE)) {
                rc.response().putHeader(WWW_AUTHENTICATE, "Bearer");
            }
            problems.send(rc, 401, "unauthorized", "Unauthorized", "A valid bearer token is required");
        } else if (failure == null && rc.statusCode() >= 400 && rc.statusCode() < 500) {
            HttpResponseStatus status = HttpResponseStatus.valueOf(rc.statusCode());
            String title = status.reasonPhrase();
            problems.send(rc, status.code(), title.toLowerCase().replace(' ', '-'), title, title);
        } else {
            Log.error("Request failed at the gateway", failure);
            problems.send(rc, 500, "server-error", "Internal Server Error",
                    "The gateway could not complete the request; quote the request id when reporting it");
        }
    }
}
