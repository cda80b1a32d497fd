package se.uppsikt.commons.problem;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import se.uppsikt.commons.http.RequestIdFilter;

/**
 * The one place where exceptions become {@code application/problem+json} responses (RFC 9457). The table of
 * exception to status lives here and nowhere else. Client errors (4xx) are not logged: they are the client's to see.
 * Server errors (5xx) are logged once, with the request id, and their body never carries a stack trace or a Java
 * class name.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), e.field(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .collect(Collectors.joining("; "));
        String field = errors.isEmpty() ? null : errors.get(0).field();
        return respond(400, "invalid-request", "Invalid request", detail, field, errors, uri);
    }

    /**
     * A wrong type or an unknown enum value: name the JSON path that failed. Declared for the exact type so it takes
     * precedence over Quarkus's built-in mapper, which answers with a non-problem body.
     */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    /** Malformed JSON: there is no field to name. */
    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String detail = field == null
                ? "The request body is not valid JSON"
                : "The value of '" + field + "' has the wrong type or is not one of the allowed values";
        return respond(400, "invalid-request", "Invalid request", detail, field, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(401, "unauthorized", "Unauthorized", "A valid bearer token is required", null, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(401, "unauthorized", "Unauthorized", "A valid bearer token is required", null, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your roles do not allow this operation", null, List.of(),
                uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Error";
        if (status >= 500) {
            LOG.errorf(e, "Request failed with %d", status);
            return respond(status, "server-error", title, "The server could not complete the request", null,
                    List.of(), uri);
        }
        String slug = title.toLowerCase().replace(' ', '-');
        return respond(status, slug, title, title, null, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(500, "server-error", "Internal server error",
                "The server could not complete the request; quote the request id when reporting it", null, List.of(),
                uri);
    }

    private static Response respond(int status, String slug, String title, String detail, String field,
            List<Problem.FieldError> errors, UriInfo uri) {
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        Problem body = new Problem(URI.create(Problem.TYPE_BASE + slug), title, status, detail,
                uri == null ? null : uri.getPath(), field, requestId == null ? null : requestId.toString(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * The name of the invalid field as the client sent it: the path below the method parameter
     * ({@code create.request.items[0].text} becomes {@code items[0].text}); a query or path parameter that is itself
     * invalid keeps its own name.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder below = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, BEAN, CONTAINER_ELEMENT -> {
                    if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                        below.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey())
                                .append(']');
                    }
                    if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                        if (below.length() > 0) {
                            below.append('.');
                        }
                        below.append(node.getName());
                    }
                }
                default -> {
                    // METHOD, RETURN_VALUE, CONSTRUCTOR, CROSS_PARAMETER: not part of what the client sent
                }
            }
        }
        if (below.length() > 0) {
            return below.toString();
        }
        return parameter != null ? parameter : "request";
    }
}
