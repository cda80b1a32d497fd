package se.uppsikt.gateway.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import se.uppsikt.commons.http.RequestIdFilter;
import se.uppsikt.commons.problem.Problem;
import se.uppsikt.gateway.metrics.UriTemplate;

/**
 * Writes the gateway's own errors in the same RFC 9457 shape as the services' ({@link Problem}), so a client handles
 * "route not found" or "service down" like any other Uppsikt error. The gateway has no JAX-RS resources, so the
 * services' exception mappers never see these requests.
 */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A problem body; {@code instance} is the request path, {@code requestId} the id the client can quote. */
    public Buffer encode(int status, String slug, String title, String detail, String instance, String requestId) {
        Problem problem = new Problem(URI.create(Problem.TYPE_BASE + slug), title, status, detail, instance, null,
                requestId, List.of());
        try {
            return Buffer.buffer(mapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            // a record of strings and numbers always serialises; this would be a broken ObjectMapper
            throw new IllegalStateException("Problem could not be serialised", e);
        }
    }

    /** Ends the response with a problem, unless something already started answering. */
    public void send(RoutingContext rc, int status, String slug, String title, String detail) {
        if (rc.response().headWritten()) {
            // too late for a problem: cutting the connection is the only honest signal left
            rc.request().connection().close();
            return;
        }
        // answered before any route was chosen: one series per kind of error, not per path tried
        UriTemplate.tag(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
        Object requestId = rc.get(RequestIdFilter.MDC_KEY);
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(encode(status, slug, title, detail, rc.request().path(),
                        requestId == null ? null : requestId.toString()));
    }
}
