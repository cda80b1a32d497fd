package se.uppsikt.commons.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body. {@code field} names the offending input for validation problems so an
 * integrator's client can point at it; {@code errors} lists every violation when there is more than one.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, String field,
        String requestId, List<FieldError> errors) {

    /** The media type every error response of Uppsikt uses. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Base of the stable {@code type} URIs; the last segment names the problem. */
    public static final String TYPE_BASE = "https://uppsikt.se/problems/";

    /** One invalid field of a request, with a message written for a human. */
    public record FieldError(String field, String message) {
    }
}
