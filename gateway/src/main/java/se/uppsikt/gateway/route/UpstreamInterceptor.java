package se.uppsikt.gateway.route;

import java.util.Locale;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpUtils;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import se.uppsikt.commons.http.RequestIdFilter;
import se.uppsikt.commons.problem.Problem;
import se.uppsikt.gateway.problem.ProblemWriter;

/**
 * Shapes what goes to an upstream and what comes back when it fails. Headers and bodies themselves are streamed by
 * Vert.x's proxy (hop-by-hop headers dropped, {@code Authorization} and {@code X-Request-Id} kept).
 */
final class UpstreamInterceptor implements ProxyInterceptor {

    private static final String FORWARDED = "Forwarded";
    private static final String X_FORWARDED_FOR = "X-Forwarded-For";
    private static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    private static final String X_FORWARDED_HOST = "X-Forwarded-Host";

    // CORS is decided at the edge for the configured origins only; a service's own CORS answer must not widen it
    private static final String ACCESS_CONTROL = "access-control-";

    private final Upstream upstream;
    private final ProblemWriter problems;
    private final RouteCircuit circuit;

    UpstreamInterceptor(Upstream upstream, ProblemWriter problems, RouteCircuit circuit) {
        this.upstream = upstream;
        this.problems = problems;
        this.circuit = circuit;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        // The route was chosen on the normalised path; forwarding the raw one would let /api/v1/items/%2e%2e/ingest
        // reach an internal endpoint that the gateway never routes.
        String path = HttpUtils.normalizePath(incoming.path());
        String query = incoming.query();
        request.setURI(upstream.basePath() + path + (query == null ? "" : "?" + query));
        // The gateway is the edge: what a client claims about proxies in front of it is not passed on as fact.
        request.headers().remove(FORWARDED);
        request.headers().set(X_FORWARDED_FOR, incoming.remoteAddress().hostAddress());
        request.headers().set(X_FORWARDED_PROTO, incoming.scheme());
        if (incoming.authority() != null) {
            request.headers().set(X_FORWARDED_HOST, incoming.authority().toString());
        } else {
            request.headers().remove(X_FORWARDED_HOST);
        }
        if (!circuit.allows()) {
            return Future.succeededFuture(open(context));
        }
        return context.sendRequest()
                .onSuccess(response -> circuit.succeeded())
                .recover(failure -> {
                    circuit.failed();
                    return Future.succeededFuture(failed(context, failure));
                });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        Log.debugf("%s %s -> %s %s: %d", incoming.method(), incoming.path(), upstream.route(), upstream,
                context.response().getStatusCode());
        context.response().headers().names().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(ACCESS_CONTROL))
                .toList()
                .forEach(name -> context.response().headers().remove(name));
        return context.sendResponse();
    }

    /** The circuit is open: answer at once, without touching the upstream. */
    private ProxyResponse open(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        long retryAfter = circuit.secondsUntilTrial();
        String detail = "The " + upstream.route() + " service failed repeatedly and is given a rest; try again in "
                + retryAfter + " s";
        return context.request().release().response()
                .setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(retryAfter))
                .setBody(Body.body(problems.encode(503, "service-unavailable", "Service Unavailable", detail,
                        incoming.path(), incoming.getHeader(RequestIdFilter.HEADER))));
    }

    /** The upstream did not answer: say so as a problem, and log it once (the MDC carries the request id). */
    private ProxyResponse failed(ProxyContext context, Throwable failure) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        boolean timedOut = failure instanceof TimeoutException || failure instanceof ConnectTimeoutException;
        int status;
        String slug;
        String title;
        String detail;
        if (timedOut) {
            status = 504;
            slug = "gateway-timeout";
            title = "Gateway Timeout";
            detail = "The " + upstream.route() + " service did not answer within " + upstream.timeout().toSeconds()
                    + " s; try again later and quote the request id if it persists";
            Log.warnf("%s %s: %s %s did not answer within %s", incoming.method(), incoming.path(), upstream.route(),
                    upstream, upstream.timeout());
        } else {
            status = 502;
            slug = "bad-gateway";
            title = "Bad Gateway";
            detail = "The " + upstream.route() + " service could not be reached; try again later and quote the "
                    + "request id if it persists";
            Log.warnf("%s %s: %s %s could not be reached: %s", incoming.method(), incoming.path(), upstream.route(),
                    upstream, failure.toString());
        }
        return context.request().release().response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.encode(status, slug, title, detail, incoming.path(),
                        incoming.getHeader(RequestIdFilter.HEADER))));
    }
}
